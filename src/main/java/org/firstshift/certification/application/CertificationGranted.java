package org.firstshift.certification.application;

import org.firstshift.platform.results.EmployeeResultEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A new cycle of a certification was granted: first time, renewal ({@code renewal} true: it
 * continues a cycle still valid) or after a lapse. Fired inside the granting transaction.
 */
public record CertificationGranted(long employeeId, String certificationCode, long cycleId, LocalDate validFrom,
                                   LocalDate validUntil, boolean renewal, Long attemptId, Instant at)
        implements EmployeeResultEvent {
}
