package org.firstshift.shadowing.application;

import java.time.Instant;

/**
 * A trainee completed their shadowing plan: every task observed INDEPENDENTLY the required number
 * of times and confirmed by them. Fired once, synchronously, inside the transaction that appended
 * the deciding record; observers that must not act on a rolled-back change use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} (motivation tiers, later).
 */
public record ShadowingPlanCompleted(long employeeId, String planCode, Instant at)
        implements org.firstshift.platform.results.EmployeeResultEvent {
}
