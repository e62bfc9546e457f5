package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Logins stay safe on the pages and in live sessions: HR cannot take over the admin through the
 * employee page, and a session ends with the next request once its account is deactivated; a role
 * taken away stops working in a session that is already open.
 */
class AccountSafetyJourneyIT extends BrowserJourney {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String PASSWORD = "Shift-Start-2026!";

    @Override
    protected boolean onPhone() {
        return false;
    }

    @Test
    void hrCannotSetTheAdminsPasswordOrDeactivateTheAdminOnThePage() {
        long adminId = Api.as(base, DemoUsers.HR).get("/api/employees?q=NW-1006").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        browser.signIn(DemoUsers.HR).open("/hr/employee.xhtml?id=" + adminId);
        browser.type("#employee\\:password", "Taken-Over-2026!").click("#employee\\:save");
        assertTrue(browser.text("#messages").contains("may not set the password"), browser.text("#messages"));

        browser.open("/hr/employee.xhtml?id=" + adminId).click("#employee\\:deactivate");
        assertTrue(browser.text("#messages").contains("may not deactivate"), browser.text("#messages"));

        assertEquals(200, Api.as(base, DemoUsers.ADMIN).get("/api/me").status(), "the admin still signs in with the old password");
        assertEquals(401, Api.withPassword(base, DemoUsers.ADMIN, "Taken-Over-2026!").get("/api/me").status());
    }

    @Test
    void aSessionEndsWithTheNextRequestOnceTheAccountIsDeactivated() throws Exception {
        Person p = hire("\"LEARNER\"");
        browser.signIn(p.username, PASSWORD).open("/learner/home.xhtml");
        assertTrue(browser.path().startsWith("/learner/home.xhtml"), browser.path());
        String session = sessionCookie();
        assertEquals(200, withSession(session, "/api/me").statusCode());

        Api.Reply off = Api.as(base, DemoUsers.HR).post("/api/employees/" + p.id + "/deactivate", "application/json", "");
        assertEquals(200, off.status(), off::toString);

        assertEquals(401, withSession(session, "/api/me").statusCode(), "the same session is refused on the API");
        browser.open("/learner/home.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), "the page sends them to sign in: " + browser.path());
    }

    @Test
    void aRoleTakenAwayStopsWorkingInAnOpenSession() throws Exception {
        Person p = hire("\"LEARNER\",\"MENTOR\"");
        browser.signIn(p.username, PASSWORD);
        String session = sessionCookie();
        assertEquals(200, withSession(session, "/mentor/home.xhtml").statusCode());

        // The admin takes MENTOR away on the employee page (HR sees no role boxes for existing logins).
        browser.driver().manage().deleteAllCookies();
        browser.signIn(DemoUsers.ADMIN).open("/hr/employee.xhtml?id=" + p.id);
        browser.find("input[name='employee:roles'][value='MENTOR']").click();
        browser.click("#employee\\:save");
        assertTrue(browser.text("#messages").contains("Saved"), browser.text("#messages"));

        assertEquals(403, withSession(session, "/mentor/home.xhtml").statusCode(), "MENTOR is gone from the open session");
        HttpResponse<String> me = withSession(session, "/api/me");
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(!me.body().contains("MENTOR") && me.body().contains("LEARNER"), me.body());
    }

    private record Person(long id, String username) {
    }

    /** A new employee made by HR through the API, with a password HR sets on the page. */
    private Person hire(String roles) {
        String number = "AS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String username = number.toLowerCase(Locale.ROOT);
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Session %s","hireDate":"2026-01-05",
                 "position":"CASHIER","location":"STORE-MALL","language":"en","username":"%s","roles":[%s]}"""
                .formatted(number, number, username, roles));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        browser.driver().manage().deleteAllCookies();
        browser.signIn(DemoUsers.HR).open("/hr/employee.xhtml?id=" + id);
        browser.type("#employee\\:password", PASSWORD).click("#employee\\:save");
        assertTrue(browser.text("#messages").contains("Saved"), browser.text("#messages"));
        browser.driver().manage().deleteAllCookies();
        return new Person(id, username);
    }

    /**
     * The browser's cookies as one Cookie header: the session id and, in a distributable web app,
     * Payara's JSESSIONIDVERSION, without which the session is not found.
     */
    private String sessionCookie() {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(cookie != null, "signed in with a session cookie");
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** A request carrying the browser's session cookies only (no Basic, no token). */
    private HttpResponse<String> withSession(String session, String path) throws Exception {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
        return HTTP.send(HttpRequest.newBuilder(uri).header("Cookie", session)
                .header("Accept", "application/json, text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
