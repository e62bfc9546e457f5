package org.firstshift.shadowing.domain;

import org.firstshift.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanProgressTest {

    private static ShadowingPlan plan() {
        ShadowingPlan plan = new ShadowingPlan("SH-SALES", new LocalizedText("Sales floor", "Торговый зал"), null,
                List.of("SALES_CONSULTANT"));
        plan.planTasks(List.of(
                new TaskDraft("SH-S-GREET", new LocalizedText("Greet", "Приветствие"), null, List.of("GREET-01"), 2),
                new TaskDraft("SH-S-NEEDS", new LocalizedText("Needs", "Потребности"), null, List.of("NEEDS-01"), 1)));
        return plan;
    }

    private static PlanProgress.TaskProgress task(PlanProgress p, String code) {
        return p.tasks().stream().filter(t -> t.task().getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void nothingObservedMeansNothingDone() {
        PlanProgress p = PlanProgress.of(plan(), List.of());
        assertFalse(p.isComplete());
        assertEquals(0, p.percentDone());
        assertEquals(2, p.openTasks().size());
        assertNull(task(p, "SH-S-GREET").latestRating());
    }

    @Test
    void anIndependentRatingCountsOnlyOnceTheTraineeConfirmedIt() {
        Records r = new Records();
        int s = r.signOff("SH-S-NEEDS", Rating.INDEPENDENTLY);
        PlanProgress before = PlanProgress.of(plan(), r.contents());
        assertEquals(0, task(before, "SH-S-NEEDS").counted());
        assertEquals(1, task(before, "SH-S-NEEDS").awaitingConfirmation());
        assertFalse(task(before, "SH-S-NEEDS").isComplete());

        r.confirm(s);
        PlanProgress after = PlanProgress.of(plan(), r.contents());
        assertTrue(task(after, "SH-S-NEEDS").isComplete());
        assertTrue(task(after, "SH-S-NEEDS").latestConfirmed());
        assertEquals(50, after.percentDone());
    }

    @Test
    void ratingsWithHelpNeverCountEvenConfirmed() {
        Records r = new Records();
        r.confirm(r.signOff("SH-S-GREET", Rating.WITH_HELP));
        r.confirm(r.signOff("SH-S-GREET", Rating.NOT_YET));
        PlanProgress.TaskProgress greet = task(PlanProgress.of(plan(), r.contents()), "SH-S-GREET");
        assertEquals(0, greet.counted());
        assertEquals(2, greet.observed());
        assertEquals(Rating.NOT_YET, greet.latestRating());
    }

    @Test
    void aTaskNeedsItsRequiredRepetitionsAndThePlanEveryTask() {
        Records r = new Records();
        r.confirm(r.signOff("SH-S-GREET", Rating.INDEPENDENTLY));
        r.confirm(r.signOff("SH-S-NEEDS", Rating.INDEPENDENTLY));
        PlanProgress one = PlanProgress.of(plan(), r.contents());
        assertEquals(1, task(one, "SH-S-GREET").counted());
        assertFalse(task(one, "SH-S-GREET").isComplete(), "GREET needs 2");
        assertEquals(50, task(one, "SH-S-GREET").percent());
        assertFalse(one.isComplete());

        r.confirm(r.signOff("SH-S-GREET", Rating.INDEPENDENTLY));
        PlanProgress two = PlanProgress.of(plan(), r.contents());
        assertTrue(two.isComplete());
        assertEquals(100, two.percentDone());
        assertTrue(two.openTasks().isEmpty());
    }

    @Test
    void aDowngradingCorrectionTakesEffectAtOnce() {
        Records r = new Records();
        int s = r.signOff("SH-S-NEEDS", Rating.INDEPENDENTLY);
        r.confirm(s);
        assertTrue(PlanProgress.of(plan(), r.contents()).tasks().get(1).isComplete());
        r.correction(s, "SH-S-NEEDS", Rating.WITH_HELP);
        PlanProgress p = PlanProgress.of(plan(), r.contents());
        assertFalse(task(p, "SH-S-NEEDS").isComplete());
        assertEquals(Rating.WITH_HELP, task(p, "SH-S-NEEDS").latestRating());
        assertEquals(1, p.observations().size(), "a correction is the same observation, not a new one");
        assertTrue(p.observations().get(0).isCorrected());
    }

    @Test
    void anUpgradingCorrectionCountsOnlyOnceItIsConfirmed() {
        Records r = new Records();
        int s = r.signOff("SH-S-NEEDS", Rating.WITH_HELP);
        r.confirm(s);
        int c = r.correction(s, "SH-S-NEEDS", Rating.INDEPENDENTLY);
        assertFalse(task(PlanProgress.of(plan(), r.contents()), "SH-S-NEEDS").isComplete(),
                "confirming the sign-off does not confirm its correction");
        r.confirm(c);
        assertTrue(task(PlanProgress.of(plan(), r.contents()), "SH-S-NEEDS").isComplete());
    }

    @Test
    void observationsOfTasksNoLongerInThePlanAreIgnored() {
        Records r = new Records();
        r.confirm(r.signOff("SH-S-OLD", Rating.INDEPENDENTLY));
        PlanProgress p = PlanProgress.of(plan(), r.contents());
        assertEquals(0, p.completedTasks());
        assertTrue(p.tasks().stream().allMatch(t -> t.observed() == 0));
    }

    @Test
    void recordsMustSayWhatTheirKindNeeds() {
        assertThrows(IllegalArgumentException.class, () -> new RecordContent(1, 1, RecordKind.SIGN_OFF, "c", 2, "P", "T",
                null, null, null, null, null, null, null, 0), "a sign-off without a rating");
        assertThrows(IllegalArgumentException.class, () -> new RecordContent(1, 1, RecordKind.CONFIRMATION, null, 1, null, null,
                null, null, null, null, null, null, ConfirmationMethod.PIN, 0), "a confirmation of nothing");
        assertThrows(IllegalArgumentException.class, () -> new RecordContent(1, 0, RecordKind.CONFIRMATION, null, 1, null, null,
                null, null, null, null, null, 1, ConfirmationMethod.PIN, 0), "seq starts at 1");
    }

    @Test
    void planTasksAreKeptByIdWhenThePlanIsReloaded() {
        ShadowingPlan plan = plan();
        ShadowingTask greet = plan.task("SH-S-GREET").orElseThrow();
        plan.planTasks(List.of(
                new TaskDraft("SH-S-NEEDS", new LocalizedText("Needs", "Потребности"), null, List.of("NEEDS-01"), 2),
                new TaskDraft("SH-S-GREET", new LocalizedText("Greet!", "Приветствие!"), null, List.of("GREET-01"), 3)));
        assertEquals(List.of("SH-S-NEEDS", "SH-S-GREET"), plan.getTasks().stream().map(ShadowingTask::getCode).toList());
        assertTrue(greet == plan.task("SH-S-GREET").orElseThrow(), "the same task, changed in place");
        assertEquals(3, greet.getRepetitions());
        assertThrows(IllegalArgumentException.class, () -> new TaskDraft("SH-X", new LocalizedText("X", "X"), null, List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> new TaskDraft("SH-X", new LocalizedText("X", "X"), null,
                List.of("GREET-01"), 0));
    }
}
