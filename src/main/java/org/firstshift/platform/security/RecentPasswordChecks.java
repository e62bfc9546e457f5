package org.firstshift.platform.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a password matched a stored PBKDF2 hash, so that HTTP Basic
 * clients (which send the password with every request) pay the deliberately slow hash once per
 * {@link #ttl} instead of on every call: 120,000 PBKDF2 rounds cost tens of milliseconds of CPU.
 * <p>
 * Keyed by the stored hash itself: a changed password has a new hash and a new salt, so it never
 * hits an old entry, and the account is still read (active? roles?) on every request. What is kept
 * is an HMAC of the password under a random key that lives only in this process, never the
 * password, and never anything that would help an offline guess without that key.
 */
final class RecentPasswordChecks {
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    RecentPasswordChecks(Duration ttl, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Whether this password was checked against this stored hash within the last {@code ttl}. */
    boolean matches(String storedHash, String password) {
        Entry e = entries.get(storedHash);
        if (e == null) {
            return false;
        }
        if (clock.instant().isAfter(e.expires)) {
            entries.remove(storedHash, e);
            return false;
        }
        return MessageDigest.isEqual(e.mac, mac(password));
    }

    /** Records a successful slow check. */
    void remember(String storedHash, String password) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> now.isAfter(e.expires));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // a flood of distinct accounts: start over rather than grow
            }
        }
        entries.put(storedHash, new Entry(mac(password), clock.instant().plus(ttl)));
    }

    int size() {
        return entries.size();
    }

    private byte[] mac(String password) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private record Entry(byte[] mac, Instant expires) {
    }
}
