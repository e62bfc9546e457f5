package org.firstshift.motivation.application;

import org.firstshift.platform.results.EmployeeResultEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * HR approved a tier change: the employee's pay grade changes from {@code effectiveFrom}. Fired
 * inside the approving transaction, so payroll systems (through webhooks, as
 * {@code tier.change.approved}) hear of it only once it is saved. Motivation itself does not
 * re-evaluate on it: approving changes no result.
 */
public record TierChangeApproved(long employeeId, long changeId, String fromTier, String fromGrade, String toTier,
                                 String toGrade, LocalDate effectiveFrom, String approvedBy, Instant at)
        implements EmployeeResultEvent {
}
