package org.firstshift.platform.security.oidc;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompanyIdentityTest {

    @Test
    void readsTheUserNameInLowerCaseAndTheGroupsList() {
        CompanyIdentity who = CompanyIdentity.from(Map.of("sub", "a1b2", "preferred_username", " NewHire ",
                "groups", List.of("fs-leads", "everyone")), "preferred_username", "groups").orElseThrow();
        assertEquals("newhire", who.username());
        assertEquals(List.of("fs-leads", "everyone"), who.claimValues());
    }

    @Test
    void aSingleStringGroupClaimCountsAsOneValue() {
        assertEquals(List.of("fs-hr"), CompanyIdentity.from(Map.of("upn", "hr", "role", "fs-hr"), "upn", "role")
                .orElseThrow().claimValues());
    }

    @Test
    void aMissingGroupsClaimMeansNoValuesAndNonStringValuesAreIgnored() {
        assertTrue(CompanyIdentity.from(Map.of("preferred_username", "hr"), "preferred_username", "groups")
                .orElseThrow().claimValues().isEmpty());
        assertEquals(List.of("fs-hr"), CompanyIdentity.from(Map.of("preferred_username", "hr",
                "groups", List.of(42, "fs-hr", Map.of("x", "y"))), "preferred_username", "groups").orElseThrow().claimValues());
    }

    @Test
    void nestedClaimsAreFollowedByDottedNames() {
        Map<String, Object> keycloak = Map.of("preferred_username", "mentor",
                "realm_access", Map.of("roles", List.of("fs-leads", "offline_access")));
        assertEquals(List.of("fs-leads", "offline_access"),
                CompanyIdentity.from(keycloak, "preferred_username", "realm_access.roles").orElseThrow().claimValues());
    }

    @Test
    void aClaimWhoseNameHasADotIsReadAsIs() {
        Map<String, Object> claims = Map.of("https://northwind.example/user", "admin");
        assertEquals("admin", CompanyIdentity.from(claims, "https://northwind.example/user", "groups").orElseThrow().username());
    }

    @Test
    void noUserNameMeansNoIdentity() {
        assertTrue(CompanyIdentity.from(Map.of("sub", "x"), "preferred_username", "groups").isEmpty());
        assertTrue(CompanyIdentity.from(Map.of("preferred_username", "  "), "preferred_username", "groups").isEmpty());
        assertTrue(CompanyIdentity.from(Map.of("preferred_username", List.of("a")), "preferred_username", "groups").isEmpty());
    }
}
