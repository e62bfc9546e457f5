package org.firstshift.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentPasswordChecksTest {

    private final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    private final RecentPasswordChecks checks = new RecentPasswordChecks(Duration.ofMinutes(2), clock);

    @Test
    void aPasswordThatMatchedIsRememberedForItsStoredHashOnly() {
        checks.remember("PBKDF2:hash-of-anna", "correct horse");
        assertTrue(checks.matches("PBKDF2:hash-of-anna", "correct horse"));
        assertFalse(checks.matches("PBKDF2:hash-of-anna", "correct horse "), "another password is not a hit");
        assertFalse(checks.matches("PBKDF2:new-hash-of-anna", "correct horse"), "a changed password (new hash) is a miss");
        assertFalse(checks.matches("PBKDF2:hash-of-tom", "correct horse"), "another account is a miss");
    }

    @Test
    void theMemoExpires() {
        checks.remember("h", "pw");
        clock.now = clock.now.plus(Duration.ofMinutes(2)).plusSeconds(1);
        assertFalse(checks.matches("h", "pw"));
        assertEquals(0, checks.size(), "an expired entry is dropped when met");
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        RecentPasswordChecks off = new RecentPasswordChecks(Duration.ZERO, clock);
        off.remember("h", "pw");
        assertFalse(off.matches("h", "pw"));
    }

    @Test
    void aFloodOfAccountsDoesNotGrowWithoutBound() {
        for (int i = 0; i < RecentPasswordChecks.MAX_ENTRIES + 50; i++) {
            checks.remember("hash-" + i, "pw");
        }
        assertTrue(checks.size() <= RecentPasswordChecks.MAX_ENTRIES, "size " + checks.size());
    }
}
