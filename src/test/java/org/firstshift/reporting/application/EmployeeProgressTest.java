package org.firstshift.reporting.application;

import org.firstshift.learning.domain.Program;
import org.firstshift.learning.domain.ProgramActivity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.firstshift.reporting.application.Fixtures.CENTRAL;
import static org.firstshift.reporting.application.Fixtures.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmployeeProgressTest {
    static final LocalDate HIRED = LocalDate.of(2026, 3, 2);
    static final Learner ANNA = Fixtures.learner(1, "Anna Petrova", HIRED, CENTRAL, SALES);

    private static EmployeeProgress standing(Program program, Fixtures.Done done, LocalDate today, ZoneId zone) {
        return EmployeeProgress.of(ANNA, program, done.map(), today, zone, ProgramActivity::getRef);
    }

    @Test
    void timeToReadyRunsFromTheHireDateToTheLastCompletionNotTheFirstOrTheLastInProgramOrder() {
        Program program = Fixtures.program("ONBOARD-SALES", 1, 3, 10);
        Fixtures.Done done = new Fixtures.Done()
                .completed("L1", "2026-03-02T09:00:00Z")
                .completed("L2", "2026-03-09T15:00:00Z")
                .completed("L3", "2026-03-05T11:00:00Z");

        EmployeeProgress p = standing(program, done, LocalDate.of(2026, 4, 1), ZoneOffset.UTC);

        assertTrue(p.isReady());
        assertEquals(LocalDate.of(2026, 3, 9), p.readyOn());
        assertEquals(7L, p.daysToReady());
        assertEquals(100, p.percentDone());
        assertEquals(3, p.completed());
        assertEquals(3, p.total());
        assertTrue(p.overdue().isEmpty(), "completed activities are never overdue, however late they were");
    }

    @Test
    void notReadyYetCountsTheDaysSoFarAndListsWhatIsOverdueWithItsDaysLate() {
        Program program = Fixtures.program("ONBOARD-SALES", 1, 3, 20);
        Fixtures.Done done = new Fixtures.Done().completed("L1", "2026-03-02T09:00:00Z");
        LocalDate today = LocalDate.of(2026, 3, 12);

        EmployeeProgress p = standing(program, done, today, ZoneOffset.UTC);

        assertFalse(p.isReady());
        assertNull(p.readyOn());
        assertNull(p.daysToReady());
        assertEquals(10, p.days(), "days since the hire date so far");
        assertEquals(1, p.completed());
        assertEquals(33, p.percentDone());
        List<OverdueActivity> overdue = p.overdue();
        assertEquals(1, overdue.size(), "L3 is due on day 20, not yet overdue");
        assertEquals("L2", overdue.get(0).activityTitle());
        assertEquals(LocalDate.of(2026, 3, 4), overdue.get(0).dueOn(), "day 3 counted from the hire date as day 1");
        assertEquals(8, overdue.get(0).daysOverdue());
        assertEquals("ONBOARD-SALES", overdue.get(0).program().code());
        assertEquals("Anna Petrova", overdue.get(0).learner().name());
    }

    @Test
    void aFailedAttemptIsNotDoneAndKeepsTheEmployeeFromBeingReady() {
        Program program = Fixtures.program("P", 1, 1);
        Fixtures.Done done = new Fixtures.Done().completed("L1", "2026-03-02T09:00:00Z").failed("L2", "2026-03-02T10:00:00Z");

        EmployeeProgress p = standing(program, done, HIRED, ZoneOffset.UTC);

        assertFalse(p.isReady());
        assertEquals(1, p.completed());
        assertEquals(50, p.percentDone());
        assertEquals(0, p.days(), "hired today");
        assertTrue(p.overdue().isEmpty(), "due today is not overdue yet");
    }

    @Test
    void workCompletedBeforeTheFirstDayMeansReadyOnDayZeroNeverNegative() {
        Program program = Fixtures.program("P", 1, 2);
        Fixtures.Done done = new Fixtures.Done()
                .completed("L1", "2026-02-20T09:00:00Z")
                .completed("L2", "2026-02-25T09:00:00Z");

        EmployeeProgress p = standing(program, done, HIRED.plusDays(3), ZoneOffset.UTC);

        assertEquals(LocalDate.of(2026, 2, 25), p.readyOn());
        assertEquals(0L, p.daysToReady());
    }

    @Test
    void aFutureHireWhoHasNotStartedHasZeroDaysSoFar() {
        EmployeeProgress p = standing(Fixtures.program("P", 1), new Fixtures.Done(), HIRED.minusDays(5), ZoneOffset.UTC);
        assertEquals(0, p.days());
        assertTrue(p.overdue().isEmpty());
    }

    @Test
    void completionInstantsBecomeDatesInTheClocksZone() {
        Program program = Fixtures.program("P", 1);
        Fixtures.Done done = new Fixtures.Done().completed("L1", "2026-03-09T22:30:00Z");

        assertEquals(LocalDate.of(2026, 3, 9), standing(program, done, HIRED.plusDays(30), ZoneOffset.UTC).readyOn());
        EmployeeProgress moscow = standing(program, done, HIRED.plusDays(30), ZoneId.of("Europe/Moscow"));
        assertEquals(LocalDate.of(2026, 3, 10), moscow.readyOn(), "22:30 UTC is already the next day in Moscow");
        assertEquals(8L, moscow.daysToReady());
    }

    @Test
    void aProgramWithoutActivitiesIsNeverReady() {
        EmployeeProgress p = standing(Fixtures.program("EMPTY"), new Fixtures.Done(), HIRED.plusDays(4), ZoneOffset.UTC);
        assertFalse(p.isReady());
        assertEquals(0, p.total());
        assertEquals(0, p.percentDone());
        assertEquals(4, p.days());
    }
}
