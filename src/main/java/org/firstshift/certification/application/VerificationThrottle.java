package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps public verification from being used to count through codes: each client address may look
 * up {@code firstshift.certification.lookups-per-minute} codes a minute (per node). Codes carry 60
 * random bits, so this is belt and braces, not the protection itself.
 */
@ApplicationScoped
public class VerificationThrottle {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firstshift.certification.lookups-per-minute", defaultValue = "120")
    int perMinute;

    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    /** Counts one lookup; false when this client has used up the current minute. */
    public boolean allow(String client) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
        long[] w = windows.compute(client == null ? "" : client,
                (k, old) -> old == null || old[0] != minute ? new long[]{minute, 1} : new long[]{minute, old[1] + 1});
        return w[1] <= perMinute;
    }
}
