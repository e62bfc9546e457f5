package org.firstshift.learning.domain;

import org.firstshift.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramTest {
    static final LocalDate HIRED = LocalDate.of(2026, 11, 23);

    static ActivitySlot lesson(String code, String ref, int day, String... requires) {
        return new ActivitySlot(code, "lesson", ref, day, List.of(requires));
    }

    static Program program(ActivitySlot... slots) {
        Program p = new Program("ONBOARD", new LocalizedText("Onboarding", "Адаптация"), null,
                new Audience(List.of("SALES_CONSULTANT"), List.of()));
        p.plan(List.of(slots));
        return p;
    }

    @Test
    void theAudienceMatchesPositionAndLocationWithEmptyMeaningAny() {
        Audience consultantsAnywhere = new Audience(List.of("SALES_CONSULTANT"), List.of());
        assertTrue(consultantsAnywhere.includes("SALES_CONSULTANT", "STORE-MALL"));
        assertFalse(consultantsAnywhere.includes("CASHIER", "STORE-MALL"));
        Audience mallOnly = new Audience(List.of(), List.of("STORE-MALL"));
        assertTrue(mallOnly.includes("CASHIER", "STORE-MALL"));
        assertFalse(mallOnly.includes("CASHIER", "STORE-CENTRAL"));
    }

    @Test
    void dueDatesCountFromTheHireDateWithDayOneBeingTheHireDate() {
        Program p = program(lesson("A1", "L1", 1), lesson("A2", "L2", 3));
        assertEquals(HIRED, p.activity("A1").orElseThrow().dueOn(HIRED));
        assertEquals(HIRED.plusDays(2), p.activity("A2").orElseThrow().dueOn(HIRED));
    }

    @Test
    void aPrerequisiteCycleIsRefusedAndNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> program(
                lesson("A1", "L1", 1, "A3"), lesson("A2", "L2", 2, "A1"), lesson("A3", "L3", 3, "A2")));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertTrue(e.getMessage().contains("A1") && e.getMessage().contains("A2") && e.getMessage().contains("A3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> program(lesson("A1", "L1", 1, "A1")), "self-requirement");
    }

    @Test
    void unknownPrerequisitesDuplicatesAndDayZeroAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> program(lesson("A1", "L1", 1, "A9")))
                .getMessage().contains("A9"));
        assertThrows(IllegalArgumentException.class, () -> program(lesson("A1", "L1", 1), lesson("A1", "L2", 2)));
        assertThrows(IllegalArgumentException.class, () -> program(lesson("A1", "L1", 0)));
    }

    @Test
    void aRefusedPlanLeavesTheOldOneInPlace() {
        Program p = program(lesson("A1", "L1", 1));
        assertThrows(IllegalArgumentException.class, () -> p.plan(List.of(lesson("B1", "L1", 1, "B1"))));
        assertEquals("A1", p.getActivities().get(0).getCode());
    }

    @Test
    void thePlanLocksStepsBehindPrerequisitesAndPointsAtTheNextStep() {
        Program p = program(lesson("A1", "L1", 1), lesson("A2", "L2", 2, "A1"), lesson("A3", "L3", 3));
        Map<String, ActivityProgress> none = new HashMap<>();
        ProgramPlan fresh = ProgramPlan.of(p, none, HIRED, HIRED);
        assertEquals(0, fresh.percentDone());
        assertTrue(fresh.steps().get(1).locked());
        assertEquals("A1", fresh.nextStep().orElseThrow().activity().getCode());

        ActivityProgress done = new ActivityProgress(1, "lesson", "L1", Instant.now());
        done.attempt(100, true, Instant.now());
        ProgramPlan later = ProgramPlan.of(p, Map.of("lesson:L1", done), HIRED, HIRED.plusDays(5));
        assertEquals(33, later.percentDone());
        assertFalse(later.steps().get(1).locked());
        assertEquals("A2", later.nextStep().orElseThrow().activity().getCode());
        assertEquals(2, later.overdueCount(), "A2 and A3 were due on days 2 and 3");
        assertFalse(later.steps().get(0).overdue(), "done is never overdue");
    }

    @Test
    void anAttemptChangesTheResultOnlyWithAFirstOrBetterScoreOrTheCompletion() {
        ActivityProgress p = new ActivityProgress(1, "lesson", "L1", Instant.now());
        assertTrue(p.attempt(0, false, Instant.now()), "a first score");
        assertFalse(p.attempt(0, false, Instant.now()), "the same score again");
        assertTrue(p.attempt(50, false, Instant.now()), "a better score");
        assertTrue(p.attempt(50, true, Instant.now()), "the same score, but passed");
        assertFalse(p.attempt(20, false, Instant.now()), "a worse attempt after completion");
        assertFalse(p.attempt(50, true, Instant.now()), "passed again with the same score");
        assertTrue(p.attempt(90, true, Instant.now()), "a better score after completion");
    }

    @Test
    void completionIsKeptAndTheBestScoreWins() {
        ActivityProgress p = new ActivityProgress(1, "lesson", "L1", Instant.now());
        p.attempt(33, false, Instant.now());
        assertFalse(p.isCompleted());
        p.attempt(100, true, Instant.now());
        p.attempt(66, false, Instant.now());
        assertTrue(p.isCompleted(), "a later weaker attempt does not undo completion");
        assertEquals(100, p.getScore());
    }
}
