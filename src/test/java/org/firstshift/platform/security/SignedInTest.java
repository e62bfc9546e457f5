package org.firstshift.platform.security;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignedInTest {
    private static final long SIGNED_IN = 1_000_000_000L;

    @Test
    void aSessionEndsAfterItsAbsoluteLifetime() {
        var caller = new FirstShiftAuthentication.SignedIn("anna", Set.of(), SIGNED_IN);
        Duration twelveHours = Duration.ofHours(12);
        assertFalse(caller.olderThan(twelveHours, SIGNED_IN + twelveHours.toMillis()));
        assertTrue(caller.olderThan(twelveHours, SIGNED_IN + twelveHours.toMillis() + 1));
    }

    @Test
    void theGroupsAreTheAccountsCurrentRolesPlusThoseGivenForThisSessionOnly() {
        var caller = new FirstShiftAuthentication.SignedIn("anna", Set.of("MENTOR"), SIGNED_IN);
        assertEquals(Set.of("LEARNER", "MENTOR"), caller.groupsWith(Set.of("LEARNER")));
        assertEquals(Set.of("MENTOR"), caller.groupsWith(Set.of()));
    }

    @Test
    void itSurvivesSerialisationForClusterReplication() throws Exception {
        var caller = new FirstShiftAuthentication.SignedIn("anna", Set.copyOf(Set.of("MENTOR")), SIGNED_IN);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(caller);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(caller, in.readObject());
        }
    }
}
