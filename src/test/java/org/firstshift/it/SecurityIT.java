package org.firstshift.it;

import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may reach what: anonymous callers get 401 (or the login page), wrong roles 403. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @ArquillianResource
    URL base;

    @Test
    void anonymousApiCallIsChallengedWith401() {
        Api.Reply reply = Api.anonymous(base).get("/api/me");
        assertEquals(401, reply.status(), reply::toString);
        assertNotNull(reply.header("WWW-Authenticate"));
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void wrongPasswordIsRefusedWith401() {
        assertEquals(401, Api.withPassword(base, "auditor", "not-the-password").get("/api/me").status());
    }

    @Test
    void everyDemoUserSeesTheirOwnProfile() {
        for (String user : DemoUsers.ALL) {
            Api.Reply me = Api.as(base, user).get("/api/me");
            assertEquals(200, me.status(), me::toString);
            assertEquals(user, me.json().getString("username"));
        }
        Api.Reply hr = Api.as(base, DemoUsers.HR).get("/api/me");
        assertEquals("Helen Brooks", hr.json().getString("name"));
        assertEquals("HR", hr.json().getJsonArray("roles").getString(0));
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @CsvSource({
            "newhire, /api/employees, 403",
            "mentor,  /api/employees, 403",
            "auditor, /api/employees, 403",
            "author,  /api/employees, 403",
            "hr,      /api/employees, 200",
            "admin,   /api/employees, 200",
            "newhire, /api/organisation/pay-grades, 403",
            "hr,      /api/organisation/pay-grades, 200",
            "newhire, /api/organisation/positions, 200",
            "hr,      /api/admin/content/reload, 405",
    })
    void apiRolesAreEnforced(String user, String path, int expected) {
        assertEquals(expected, Api.as(base, user).get(path).status());
    }

    @ParameterizedTest(name = "{0} POST content reload -> {1}")
    @CsvSource({"hr, 403", "author, 403", "newhire, 403"})
    void onlyAdminsReloadContent(String user, int expected) {
        assertEquals(expected, Api.as(base, user).post("/api/admin/content/reload", "application/json", "").status());
    }

    @ParameterizedTest(name = "{0} opens {1} -> {2}")
    @CsvSource({
            "newhire, /learner/home.xhtml, 200",
            "newhire, /mentor/home.xhtml,  403",
            "newhire, /hr/home.xhtml,      403",
            "newhire, /admin/home.xhtml,   403",
            "newhire, /author/home.xhtml,  403",
            "newhire, /auditor/home.xhtml, 403",
            "mentor,  /mentor/home.xhtml,  200",
            "mentor,  /hr/home.xhtml,      403",
            "hr,      /hr/home.xhtml,      200",
            "hr,      /hr/import.xhtml,    200",
            "hr,      /admin/home.xhtml,   403",
            "hr,      /learner/home.xhtml, 403",
            "auditor, /auditor/home.xhtml, 200",
            "auditor, /hr/home.xhtml,      403",
            "author,  /author/home.xhtml,  200",
            "author,  /admin/audit.xhtml,  403",
            "admin,   /admin/home.xhtml,   200",
            "admin,   /admin/audit.xhtml,  200",
            "admin,   /hr/home.xhtml,      200",
            "admin,   /admin/integration.xhtml, 200",
            "hr,      /admin/integration.xhtml, 403",
            "newhire, /admin/integration.xhtml, 403",
            "newhire, /profile/tokens.xhtml, 200",
    })
    void pagesBelongToTheirRoles(String user, String page, int expected) {
        assertEquals(expected, Api.as(base, user).get(page).status());
    }

    @Test
    void anonymousPageRequestIsSentToTheLoginPage() {
        Api.Reply reply = Api.anonymous(base).get("/hr/home.xhtml");
        assertEquals(302, reply.status());
        assertTrue(reply.header("Location").contains("/login.xhtml?next=%2Fhr%2Fhome.xhtml"), reply.header("Location"));
    }

    @Test
    void theRootSendsStrangersToTheLoginPage() {
        Api.Reply reply = Api.anonymous(base).get("/");
        assertEquals(302, reply.status());
        assertTrue(reply.header("Location").endsWith("/login.xhtml"), reply.header("Location"));
        assertEquals(200, Api.anonymous(base).get("/login.xhtml").status());
    }
}
