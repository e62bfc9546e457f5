package org.firstshift.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-05-01T09:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private LoginThrottle throttle(MovableClock clock) {
        LoginThrottle t = new LoginThrottle();
        t.clock = clock;
        return t;
    }

    @Test
    void fiveWrongPasswordsInARowLockTheUserNameForAWhile() {
        MovableClock clock = new MovableClock();
        LoginThrottle t = throttle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            t.failed("Anna");
        }
        assertFalse(t.isLocked("anna"), "four failures are not enough");
        t.failed("anna");
        assertTrue(t.isLocked("ANNA"), "user names are compared without case");
        clock.now = clock.now.plus(LoginThrottle.LOCK).plus(Duration.ofSeconds(1));
        assertFalse(t.isLocked("anna"), "the lock expires");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        LoginThrottle t = throttle(new MovableClock());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            t.failed("mikhail");
        }
        t.succeeded("mikhail");
        t.failed("mikhail");
        assertFalse(t.isLocked("mikhail"));
    }

    @Test
    void oneUsersFailuresDoNotLockAnother() {
        LoginThrottle t = throttle(new MovableClock());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            t.failed("mallory");
        }
        assertTrue(t.isLocked("mallory"));
        assertFalse(t.isLocked("anna"));
    }

    @Test
    void oldFailuresOfManyUserNamesAreForgottenInsteadOfPilingUp() {
        MovableClock clock = new MovableClock();
        LoginThrottle t = throttle(clock);
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            t.failed("guess" + i);
        }
        clock.now = clock.now.plus(LoginThrottle.LOCK).plusSeconds(1);
        t.failed("one-more");
        assertTrue(t.tracked() <= 1, "tracked " + t.tracked());
    }
}
