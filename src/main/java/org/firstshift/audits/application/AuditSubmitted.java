package org.firstshift.audits.application;

import org.firstshift.platform.results.EmployeeResultEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit was submitted (recorded on the floor, imported from an agency, or corrected as a new
 * version): the employee served, the score and what failed. Fired inside the writing
 * transaction. {@code verified} is true for visits recorded or imported by an auditor.
 */
public record AuditSubmitted(long employeeId, Instant at, long visitId, Long correctsVisitId, LocalDate visitDate,
                             String storeCode, double scorePercent, boolean criticalFailed, List<String> failedRuleIds,
                             boolean verified) implements EmployeeResultEvent {
    public AuditSubmitted {
        failedRuleIds = List.copyOf(failedRuleIds);
    }
}
