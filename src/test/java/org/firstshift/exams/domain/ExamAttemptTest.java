package org.firstshift.exams.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deadlines and review windows by a fixed server clock. */
class ExamAttemptTest {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    static ExamAttempt attempt(Duration reviewDelay) {
        Blueprint b = new Blueprint("EX", Questions.t("Exam"), "CERT", Duration.ofMinutes(20), 2, Duration.ZERO, 50, reviewDelay, true,
                List.of(new Blueprint.Section("S", Questions.t("S"), 1, Set.of(), Set.of())));
        return new ExamAttempt(42, b, 1, 1, List.of(new DrawnItem("S", "Q", 1, List.of("a", "b", "c"))), START);
    }

    static Scoring.Result oneRight() {
        Question q = Questions.single("Q", "t", 1);
        return Scoring.score(List.of(new DrawnItem("S", "Q", 1, List.of())), Map.of("Q", List.of("b")), i -> q);
    }

    @Test
    void remainingTimeComesFromTheServerClockAndNeverGoesNegative() {
        ExamAttempt a = attempt(Duration.ZERO);
        assertEquals(START.plus(Duration.ofMinutes(20)), a.getDeadline());
        assertEquals(Duration.ofMinutes(15), a.remaining(START.plus(Duration.ofMinutes(5))));
        assertEquals(Duration.ZERO, a.remaining(START.plus(Duration.ofMinutes(25))));
    }

    @Test
    void answersAreTakenUntilTheDeadlinePlusGraceAndRefusedAfter() {
        ExamAttempt a = attempt(Duration.ZERO);
        Instant deadline = a.getDeadline();
        assertTrue(a.acceptsAnswers(deadline));
        assertTrue(a.acceptsAnswers(deadline.plus(ExamAttempt.GRACE)));
        assertFalse(a.isOverdue(deadline.plus(ExamAttempt.GRACE)));
        assertFalse(a.acceptsAnswers(deadline.plus(ExamAttempt.GRACE).plusMillis(1)));
        assertTrue(a.isOverdue(deadline.plus(ExamAttempt.GRACE).plusMillis(1)));
    }

    @Test
    void closedByTheDeadlineCountsAsEndedAtTheDeadline() {
        ExamAttempt a = attempt(Duration.ZERO);
        Instant noticed = a.getDeadline().plus(Duration.ofHours(3));
        assertTrue(a.score(oneRight(), noticed, true));
        assertEquals(AttemptStatus.CLOSED_BY_DEADLINE, a.getStatus());
        assertEquals(a.getDeadline(), a.getScoredAt());
        assertTrue(a.isPassed());
        assertFalse(a.acceptsAnswers(noticed));
    }

    @Test
    void scoringTwiceKeepsTheFirstResult() {
        ExamAttempt a = attempt(Duration.ZERO);
        Instant at = START.plus(Duration.ofMinutes(3));
        assertTrue(a.score(oneRight(), at, false));
        Question q = Questions.single("Q", "t", 1);
        Scoring.Result wrong = Scoring.score(List.of(new DrawnItem("S", "Q", 1, List.of())), Map.of(), i -> q);
        assertFalse(a.score(wrong, at.plusSeconds(5), false));
        assertEquals(100.0, a.getScorePercent());
        assertEquals(at, a.getScoredAt());
        assertEquals(AttemptStatus.SUBMITTED, a.getStatus());
    }

    @Test
    void reviewOpensAfterItsDelayOrNever() {
        ExamAttempt later = attempt(Duration.ofHours(2));
        Instant at = START.plus(Duration.ofMinutes(10));
        assertFalse(later.reviewOpen(at));
        later.score(oneRight(), at, false);
        assertFalse(later.reviewOpen(at.plus(Duration.ofMinutes(119))));
        assertTrue(later.reviewOpen(at.plus(Duration.ofMinutes(120))));
        ExamAttempt never = attempt(null);
        never.score(oneRight(), at, false);
        assertFalse(never.reviewOpen(at.plus(Duration.ofDays(400))));
        assertNull(never.reviewOpensAt());
    }
}
