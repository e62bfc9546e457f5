package org.firstshift.learning.application;

import java.time.Instant;

/**
 * An employee's result for an activity changed: a first scored attempt, a better best score, or the
 * completion. {@code score} is the best score so far, {@code completed} whether the activity is
 * done, {@code at} when the attempt that changed it was recorded. Unlike {@link ActivityCompleted}
 * (once), this comes with every change, for whoever mirrors results elsewhere (LTI grade pass-back).
 */
public record ResultChanged(long employeeId, String typeKey, String ref, Integer score, boolean completed, Instant at) {
}
