package org.firstshift.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords in a row a user name
 * is locked for {@link #LOCK} (per node; a cluster multiplies the budget by its size, which still
 * keeps online guessing impractical).
 */
@ApplicationScoped
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);
    static final int MAX_TRACKED = 10_000;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count >= MAX_FAILURES && clock.instant().isBefore(f.last.plus(LOCK));
    }

    public void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            // Someone is trying many user names: forget those whose lock has run out, so the map
            // cannot grow without bound.
            failures.values().removeIf(f -> now.isAfter(f.last.plus(LOCK)));
        }
        failures.merge(key(username), new Failures(1, now),
                (old, one) -> now.isAfter(old.last.plus(LOCK)) ? one : new Failures(old.count + 1, now));
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    int tracked() {
        return failures.size();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }
}
