package org.firstshift.exams.application;

import java.time.Instant;

/**
 * An exam attempt was scored, passed or not (submitted by the learner, or closed by its deadline):
 * the learning record store writes it as xAPI statements. Fired synchronously inside the
 * transaction that scored the attempt, once per attempt; observers that act use
 * {@code TransactionPhase.AFTER_SUCCESS}. Unlike {@link ExamPassed} it is no
 * {@code EmployeeResultEvent}: tiers and webhooks already hear of the result through that one.
 */
public record ExamScored(long employeeId, String examCode, long attemptId, int number, double scorePercent,
                         int passMark, boolean passed, boolean byDeadline, int correctCount, int questionCount,
                         Instant startedAt, Instant at) {
}
