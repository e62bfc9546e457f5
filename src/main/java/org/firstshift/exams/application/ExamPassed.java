package org.firstshift.exams.application;

import org.firstshift.platform.results.EmployeeResultEvent;

import java.time.Instant;

/**
 * An exam attempt was scored as passed. {@code certificationCode} is the certification the exam
 * grants, or null; the certification module observes this event and grants or renews it.
 * Fired synchronously inside the transaction that scored the attempt.
 */
public record ExamPassed(long employeeId, String examCode, long attemptId, double scorePercent,
                         String certificationCode, Instant at) implements EmployeeResultEvent {
}
