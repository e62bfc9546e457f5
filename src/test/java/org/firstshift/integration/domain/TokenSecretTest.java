package org.firstshift.integration.domain;

import org.firstshift.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSecretTest {

    @Test
    void tokensArePrefixed256BitRandomValues() {
        String t = TokenSecret.generate();
        assertTrue(t.startsWith("fs_"), t);
        assertEquals(3 + 43, t.length());
        assertTrue(TokenSecret.looksValid(t));
        assertNotEquals(t, TokenSecret.generate());
        assertFalse(TokenSecret.looksValid("fs_short"));
        assertFalse(TokenSecret.looksValid("gh_" + t.substring(3)));
        assertFalse(TokenSecret.looksValid(t.substring(0, 45) + "!"));
    }

    @Test
    void onlyTheSha256IsStoredAndTheHintIsShort() {
        // SHA-256("abc") from FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecret.hash("abc"));
        String t = TokenSecret.generate();
        assertEquals(64, TokenSecret.hash(t).length());
        assertEquals(t.substring(0, 9) + "…", TokenSecret.hint(t));
    }

    @Test
    void groupsAreTheScopesTheAccountStillAllows() {
        assertEquals(Set.of("HR"), Scope.groups(Set.of("hr", "admin"), EnumSet.of(Role.HR, Role.LEARNER)));
        assertEquals(Set.of(), Scope.groups(Set.of("scim"), EnumSet.of(Role.HR)));
        assertEquals(Set.of("SCIM", "WEBHOOKS"), Scope.groups(Set.of("scim", "webhooks"), EnumSet.of(Role.ADMIN)));
        assertEquals(Set.of(), Scope.groups(Set.of("hr"), EnumSet.noneOf(Role.class)));
        assertTrue(Scope.parse(" HR ").isPresent());
        assertFalse(Scope.parse("root").isPresent());
    }
}
