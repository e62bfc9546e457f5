package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.Lrs;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin makes an LRS key for a content vendor on the admin page, the vendor uses it, the admin revokes it. */
class XapiKeysJourneyIT extends BrowserJourney {

    @Override
    protected boolean onPhone() {
        return false;
    }

    @Test
    void theAdminCreatesAndRevokesAnLrsKey() {
        String name = "Vendor " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoUsers.ADMIN).click("#xapi-keys-link");
        assertEquals("Learning record store (xAPI)", browser.heading());

        browser.type("#create-key\\:name", name).click("#create-key\\:create");
        String key = browser.text("#new-key");
        String secret = browser.text("#new-secret");
        assertTrue(browser.text("#lrs-keys").contains(name));
        browser.screenshot("xapi-keys-admin");
        Lrs vendor = Lrs.with(base, "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, vendor.get("/xapi/statements?limit=1").status());

        browser.open("/admin/xapi-keys.xhtml");
        browser.click(".lrs-key:first-child .revoke");
        assertTrue(browser.text("#messages").contains("revoked"), browser.text("#messages"));
        assertEquals(401, vendor.get("/xapi/statements?limit=1").status());
    }

    @Test
    void onlyAnAdminSeesThePage() {
        for (String user : new String[]{DemoUsers.HR, DemoUsers.LEARNER, DemoUsers.AUTHOR}) {
            assertEquals(403, Api.as(base, user).get("/admin/xapi-keys.xhtml").status(), user);
        }
        assertEquals(200, Api.as(base, DemoUsers.ADMIN).get("/admin/xapi-keys.xhtml").status());
    }
}
