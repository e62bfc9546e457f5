package org.firstshift.it;

import jakarta.json.JsonArray;
import org.firstshift.testing.Api;
import org.firstshift.testing.CompanyProvider;
import org.firstshift.testing.CompanySignInClient;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestServer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Company sign-in (OIDC) over plain HTTP against the real test provider ({@link CompanyProvider}),
 * hop by hop: what FirstShift asks the provider for, and that every check of the answer holds.
 * The provider's login form lets a test choose the claims of the ID token it issues, which is how
 * tokens for another client, expired tokens and tokens with another nonce are made here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    private final URL app = TestServer.publicUrl();

    private static String claims(String username, String... groups) {
        return "{\"preferred_username\":\"" + username + "\",\"groups\":[" + String.join(",",
                java.util.Arrays.stream(groups).map(g -> "\"" + g + "\"").toList()) + "]}";
    }

    private String loginPage(String reason) {
        return app.toString().replaceAll("/$", "") + "/login.xhtml?sso=" + reason;
    }

    @Test
    void theAuthenticationRequestCarriesPkceStateAndNonce() {
        URI authorization = new CompanySignInClient(app).start("/learner/home.xhtml");
        assertTrue(authorization.toString().startsWith(CompanyProvider.issuer() + "/authorize?"), authorization::toString);
        Map<String, String> q = CompanySignInClient.query(authorization);
        assertEquals("code", q.get("response_type"));
        assertEquals(CompanyProvider.CLIENT_ID, q.get("client_id"));
        assertEquals(app + "oidc/callback", q.get("redirect_uri"));
        assertTrue(q.get("scope").contains("openid"), q.get("scope"));
        assertEquals("S256", q.get("code_challenge_method"));
        assertEquals(43, q.get("code_challenge").length(), "a base64url SHA-256");
        assertTrue(q.get("state").length() >= 32, "an unguessable state");
        assertTrue(q.get("nonce").length() >= 32, "an unguessable nonce");
        assertNotEquals(q.get("state"), CompanySignInClient.query(new CompanySignInClient(app).start(null)).get("state"));
    }

    @Test
    void aCompanySignInOpensTheRequestedPageWithAFreshSessionAndTheMappedRoles() {
        CompanySignInClient browser = new CompanySignInClient(app);
        URI authorization = browser.start("/learner/home.xhtml");
        String sessionBefore = browser.sessionId();
        assertNotNull(sessionBefore, "the sign-in in progress lives in the session");
        URI callback = browser.signInAtProvider(authorization, "anna.petrova", claims(DemoUsers.LEARNER, "fs-mentors", "everyone"));
        assertEquals(app + "learner/home.xhtml", browser.get(callback).header("Location"));
        assertNotEquals(sessionBefore, browser.sessionId(), "a new session id at sign-in");

        Api.Reply me = browser.get("/api/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(DemoUsers.LEARNER, me.json().getString("username"));
        assertEquals("Anna Petrova", me.json().getString("name"));
        assertEquals(List.of("LEARNER", "MENTOR"), roles(me.json().getJsonArray("roles")));
        assertEquals(200, browser.get("/mentor/home.xhtml").status(), "the mapped role opens its pages");
        assertEquals(403, browser.get("/hr/home.xhtml").status());
    }

    @Test
    void theMappedRoleIsNotWrittenToTheAccount() {
        new CompanySignInClient(app).signIn(null, "anna", claims(DemoUsers.LEARNER, "fs-auditors"));
        Api.Reply me = Api.as(app, DemoUsers.LEARNER).get("/api/me");
        assertEquals(List.of("LEARNER"), roles(me.json().getJsonArray("roles")));
    }

    @Test
    void aNextPageOutsideTheApplicationIsIgnored() {
        assertEquals(app.toString(), new CompanySignInClient(app).signIn("//evil.example/steal", "sub-1", claims("hr")));
    }

    @Test
    void someoneWithoutAFirstShiftAccountIsRefused() {
        CompanySignInClient browser = new CompanySignInClient(app);
        assertEquals(loginPage("unknown-account"), browser.signIn(null, "sub-2", claims("stranger", "fs-mentors")));
        assertEquals(302, browser.get("/learner/home.xhtml").status(), "not signed in");
    }

    @Test
    void aTokenWithoutTheUserNameClaimIsRefused() {
        assertEquals(loginPage("failed"), new CompanySignInClient(app).signIn(null, "newhire", "{\"groups\":[\"fs-mentors\"]}"));
    }

    @Test
    void anAccountHrCreatedWithoutAPasswordSignsInUntilItIsDeactivated() {
        String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        Api hr = Api.as(app, DemoUsers.HR);
        Api.Reply created = hr.postJson("/api/employees", """
                {"personnelNumber":"SSO-%s","fullName":"Single Sign-On Person","hireDate":"2026-01-05",
                 "position":"CASHIER","location":"STORE-MALL","payGrade":"G1","language":"en",
                 "username":"%s","roles":["LEARNER"]}""".formatted(username, username));
        assertEquals(201, created.status(), created::toString);

        assertEquals(app.toString(), new CompanySignInClient(app).signIn(null, "sub-3", claims(username.toUpperCase())),
                "user names from the provider are compared in lower case");

        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, hr.post("/api/employees/" + id + "/deactivate", "application/json", "").status());
        assertEquals(loginPage("unknown-account"), new CompanySignInClient(app).signIn(null, "sub-3", claims(username)));
    }

    @Test
    void aTokenIssuedToAnotherClientIsRefused() {
        assertRefused("{\"preferred_username\":\"newhire\",\"aud\":\"another-application\"}");
    }

    @Test
    void anExpiredTokenIsRefused() {
        long longAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        assertRefused("{\"preferred_username\":\"newhire\",\"iat\":" + (longAgo - 60) + ",\"exp\":" + longAgo + "}");
    }

    @Test
    void aTokenForAnotherSignInIsRefusedByItsNonce() {
        assertRefused("{\"preferred_username\":\"newhire\",\"nonce\":\"from-another-sign-in\"}");
    }

    private void assertRefused(String claims) {
        CompanySignInClient browser = new CompanySignInClient(app);
        assertEquals(loginPage("failed"), browser.signIn("/learner/home.xhtml", "newhire", claims));
        assertEquals(401, browser.get("/api/me").status(), "nobody is signed in");
    }

    @Test
    void aForgedStateIsRefused() {
        CompanySignInClient browser = new CompanySignInClient(app);
        URI callback = browser.signInAtProvider(browser.start(null), "newhire", claims(DemoUsers.LEARNER));
        URI forged = CompanySignInClient.withParameter(callback, "state", "forged-by-an-attacker");
        assertEquals(loginPage("failed"), browser.get(forged).header("Location"));
        assertEquals(loginPage("expired"), browser.get(callback).header("Location"),
                "the sign-in in progress is used up by the forged attempt");
        assertEquals(401, browser.get("/api/me").status());
    }

    @Test
    void aCallbackWithoutASignInInProgressIsRefused() {
        CompanySignInClient victim = new CompanySignInClient(app);
        CompanySignInClient attacker = new CompanySignInClient(app);
        // Login CSRF: the attacker's own valid answer, replayed in someone else's browser.
        URI attackersCallback = attacker.signInAtProvider(attacker.start(null), "hr", claims(DemoUsers.HR));
        assertEquals(loginPage("expired"), victim.get(attackersCallback).header("Location"));
        assertEquals(401, victim.get("/api/me").status());
    }

    @Test
    void aCallbackCannotBeReplayed() {
        CompanySignInClient browser = new CompanySignInClient(app);
        URI callback = browser.signInAtProvider(browser.start(null), "newhire", claims(DemoUsers.LEARNER));
        assertEquals(app.toString(), browser.get(callback).header("Location"));
        assertEquals(loginPage("expired"), browser.get(callback).header("Location"));
    }

    @Test
    void aRefusalAtTheProviderIsShownAsDenied() {
        CompanySignInClient browser = new CompanySignInClient(app);
        String state = CompanySignInClient.query(browser.start(null)).get("state");
        assertEquals(loginPage("denied"),
                browser.get("/oidc/callback?error=access_denied&error_description=cancelled&state=" + state).header("Location"));
    }

    @Test
    void theLoginPageOffersCompanySignInAndExplainsARefusal() {
        String page = Api.anonymous(app).get("/login.xhtml?next=/hr/home.xhtml").body();
        assertTrue(page.contains("id=\"sso\""), "the button is there when SSO is on");
        assertTrue(page.contains("/oidc/login?next=%2Fhr%2Fhome.xhtml"), "and it carries the wanted page");
        assertTrue(page.contains("id=\"login\""), "the password form stays");
        String refused = Api.anonymous(app).get("/login.xhtml?sso=unknown-account").body();
        assertTrue(refused.contains("has no FirstShift login"), refused);
        assertTrue(Api.anonymous(app).inLanguage("ru").get("/login.xhtml?sso=expired").body().contains("Попробуйте ещё раз"));
        assertFalse(Api.anonymous(app).get("/login.xhtml?sso=%3Cscript%3E").body().contains("sso-refused"),
                "only known reasons are shown");
    }

    private static List<String> roles(JsonArray roles) {
        return roles.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted().toList();
    }
}
