package org.firstshift.platform.security.oidc;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OidcSettingsTest {

    /** The settings as MicroProfile Config would inject them for a complete set-up. */
    private static OidcSettings complete() {
        OidcSettings s = new OidcSettings();
        s.enabled = true;
        s.issuer = Optional.of("https://sso.northwind.example/realms/staff");
        s.clientId = Optional.of("firstshift");
        s.clientSecret = Optional.of("s3cret");
        s.usernameClaim = "preferred_username";
        s.rolesClaim = "groups";
        s.roleMapping = Optional.of("fs-hr=HR");
        s.scope = "openid profile";
        s.redirectUri = Optional.empty();
        s.publicUrl = "https://learn.northwind.example";
        return s;
    }

    @Test
    void aCompleteSetUpHasNoProblemsAndDerivesTheCallbackFromThePublicUrl() {
        OidcSettings s = complete();
        assertEquals(java.util.List.of(), s.problems());
        assertEquals("https://learn.northwind.example/oidc/callback", s.redirectUri());
        s.redirectUri = Optional.of("https://sso-gateway.northwind.example/firstshift/oidc/callback");
        assertEquals("https://sso-gateway.northwind.example/firstshift/oidc/callback", s.redirectUri());
    }

    @Test
    void switchedOffMeansNothingIsRequired() {
        OidcSettings s = complete();
        s.enabled = false;
        s.issuer = Optional.empty();
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void missingAndWrongSettingsAreNamed() {
        OidcSettings s = complete();
        s.issuer = Optional.of("sso.northwind.example");
        s.clientId = Optional.of("  ");
        s.roleMapping = Optional.of("fs-hr=BOSS");
        s.scope = "profile";
        String problems = String.join("; ", s.problems());
        assertTrue(problems.contains("firstshift.oidc.issuer must be an http(s) URL"), problems);
        assertTrue(problems.contains("firstshift.oidc.client-id is not set"), problems);
        assertTrue(problems.contains("fs-hr=BOSS"), problems);
        assertTrue(problems.contains("must contain openid"), problems);
    }

    @Test
    void aBlankSecretMeansAPublicClient() {
        OidcSettings s = complete();
        s.clientSecret = Optional.of("");
        assertTrue(s.clientSecret().isEmpty());
    }
}
