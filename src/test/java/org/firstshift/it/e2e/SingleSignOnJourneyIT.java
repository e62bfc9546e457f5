package org.firstshift.it.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.firstshift.testing.Browser;
import org.firstshift.testing.CompanySignInClient;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestServer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Sign in with company account" in a real browser, against the real test provider: the button
 * on the login page, the provider's own login form, and back in FirstShift with the account's
 * roles plus the one the groups claim maps to ({@code fs-mentors=MENTOR} in arquillian.xml).
 * <p>
 * The browser opens FirstShift at its public URL ({@code localhost}), the host the callback
 * address is registered for, so the session cookie set before the provider is there after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnJourneyIT {

    private static Browser browser;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = Browser.phone(TestServer.publicUrl());
        }
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** At the provider's login form: who signs in, and the claims their ID token carries. */
    private void signInAtProvider(String subject, String claimsJson) {
        assertTrue(browser.driver().getCurrentUrl().contains("/firstshift/authorize?"), browser.driver().getCurrentUrl());
        browser.type("input[name=username]", subject);
        browser.type("textarea[name=claims]", claimsJson);
        browser.click("input[type=submit]");
    }

    @Test
    void aNewHireSignsInWithTheirCompanyAccountAndGetsTheMappedMentorRole() {
        browser.open("/login.xhtml");
        assertEquals("Sign in with company account", browser.text("#sso"));
        assertTrue(browser.has("#login\\:password"), "the password form stays");
        browser.screenshot("sso-login-page");
        browser.click("#sso");
        signInAtProvider("anna.petrova@northwind.example",
                "{\"preferred_username\":\"newhire\",\"groups\":[\"fs-mentors\",\"all-staff\"]}");

        assertEquals("/mentor/home.xhtml", browser.path(), "MENTOR outranks LEARNER for the home page");
        assertEquals(DemoUsers.LEARNER, browser.text("#who"));
        assertTrue(browser.has("#nav-learner") && browser.has("#nav-mentor"), "both roles in the top bar");
        browser.screenshot("sso-mentor-home");

        browser.open("/api/me");
        JsonObject me = Json.createReader(new StringReader(browser.driver().findElement(By.tagName("body")).getText())).readObject();
        assertEquals("Anna Petrova", me.getString("name"));
        assertEquals(List.of("LEARNER", "MENTOR"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList());

        browser.open("/learner/home.xhtml");
        browser.signOut();
        browser.open("/mentor/home.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml?next="), "signed out means signed out: " + browser.path());
    }

    @Test
    void theRequestedPageOpensAfterCompanySignIn() {
        browser.open("/learner/home.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml?next="), browser.path());
        browser.click("#sso");
        signInAtProvider("anna", "{\"preferred_username\":\"newhire\"}");
        assertEquals("/learner/home.xhtml", browser.path());
        assertEquals("My onboarding", browser.heading());
    }

    @Test
    void someoneWithoutAFirstShiftAccountIsRefusedWithAMessage() {
        browser.open("/login.xhtml");
        browser.click("#sso");
        signInAtProvider("stranger@elsewhere.example", "{\"preferred_username\":\"stranger\",\"groups\":[\"fs-mentors\"]}");
        assertEquals("/login.xhtml?sso=unknown-account", browser.path());
        assertTrue(browser.text("#sso-refused").contains("has no FirstShift login"), browser.text("#sso-refused"));
        assertEquals("", browser.text("#who"), "nobody is signed in");
        browser.screenshot("sso-unknown-account");
    }

    @Test
    void aTamperedStateIsRefused() {
        browser.open("/login.xhtml");
        browser.click("#sso");
        URI authorization = URI.create(browser.driver().getCurrentUrl());
        browser.driver().get(CompanySignInClient.withParameter(authorization, "state", "tampered").toString());
        signInAtProvider("anna", "{\"preferred_username\":\"newhire\",\"groups\":[\"fs-mentors\"]}");
        assertEquals("/login.xhtml?sso=failed", browser.path());
        assertTrue(browser.text("#sso-refused").contains("could not be checked"), browser.text("#sso-refused"));
        browser.open("/learner/home.xhtml");
        assertFalse(browser.path().startsWith("/learner/"), "not signed in: " + browser.path());
    }
}
