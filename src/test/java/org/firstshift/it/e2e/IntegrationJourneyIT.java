package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin connects an HR system (a SCIM service token) and a receiver (a webhook) on the admin page. */
class IntegrationJourneyIT extends BrowserJourney {

    @Override
    protected boolean onPhone() {
        return false;
    }

    @Test
    void theAdminCreatesAServiceTokenAndAWebhook() {
        String name = "HRIS " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoUsers.ADMIN).click("#integration-link");
        assertEquals("Connected systems", browser.heading());

        browser.type("#create-service-token\\:name", name).click("#create-service-token\\:create");
        String token = browser.text("#new-service-token");
        assertTrue(token.startsWith("fs_"), token);
        assertTrue(browser.text("#service-tokens").contains(name));
        // The token shown once really opens SCIM.
        assertEquals(200, Api.withBearer(base, token).get("/scim/v2/ServiceProviderConfig").status());

        String url = "https://hooks.example.com/" + UUID.randomUUID();
        browser.type("#register-hook\\:url", url).type("#register-hook\\:events", "certification.granted, audit.submitted")
                .click("#register-hook\\:register");
        assertTrue(browser.text("#new-hook-secret").startsWith("whsec_"), browser.text("#messages"));
        assertTrue(browser.text("#webhooks").contains(url));
        browser.screenshot("integration-admin");

        browser.type("#register-hook\\:url", "file:///etc/passwd").click("#register-hook\\:register");
        assertTrue(browser.text("#messages").contains("only http and https"), browser.text("#messages"));
    }

    @Test
    void aPersonCreatesAndRevokesTheirOwnToken() {
        browser.signIn(DemoUsers.HR).open("/profile/tokens.xhtml");
        browser.type("#create-token\\:name", "my script");
        browser.find("#create-token\\:scopes\\:0").click();
        browser.click("#create-token\\:create");
        String token = browser.text("#new-token");
        assertEquals(200, Api.withBearer(base, token).get("/api/employees").status());
        browser.click(".token:first-child .revoke");
        assertTrue(browser.text("#messages").contains("revoked"), browser.text("#messages"));
        assertEquals(401, Api.withBearer(base, token).get("/api/employees").status());
    }
}
