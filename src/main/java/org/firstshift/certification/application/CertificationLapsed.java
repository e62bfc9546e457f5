package org.firstshift.certification.application;

import org.firstshift.platform.results.EmployeeResultEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certification lapsed: its cycle ended on {@code validUntil} and nothing continued it. Fired
 * once per cycle (by the daily job, inside the transaction that marks it) even on several nodes.
 */
public record CertificationLapsed(long employeeId, String certificationCode, long cycleId, LocalDate validUntil,
                                  Instant at) implements EmployeeResultEvent {
}
