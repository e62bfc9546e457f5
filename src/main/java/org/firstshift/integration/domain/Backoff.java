package org.firstshift.integration.domain;

import java.time.Duration;

/**
 * When to try a failed delivery again: the first retry after {@code base}, each next one after
 * twice as long, never longer than {@code cap}; after {@code maxAttempts} attempts it is given up
 * (an admin can still redeliver by hand). With the defaults (10 s, 1 h, 10 attempts) a receiver has
 * about three hours to come back.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("back-off needs base > 0, cap >= base and at least one attempt");
        }
    }

    /** The wait after the given (1-based) failed attempt, or null when no attempt is left. */
    public Duration after(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }
}
