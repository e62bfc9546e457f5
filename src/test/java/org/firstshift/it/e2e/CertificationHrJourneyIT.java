package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.HeldCertificates;
import org.firstshift.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR at a desk: the certifications page lists Mikhail (lapsing within 60 days) and someone whose
 * certification ran out among everyone, and revokes a certificate with a reason (Tom's, made for this test, so the demo
 * history stays as it is); the public page then says it is revoked.
 */
class CertificationHrJourneyIT extends BrowserJourney {

    @Override
    protected boolean onPhone() {
        return false;
    }

    @Test
    void hrSeesLapsesAndRevokesACertificateWithAReason() throws Exception {
        long tom = Api.as(base, "tom").get("/api/me").json().getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(Clock.systemUTC());
        int back = ThreadLocalRandom.current().nextInt(31, 300);
        String code = HeldCertificates.insert(tom, today.minusDays(back), today.minusDays(back).plusMonths(12).minusDays(1));
        String number = HeldCertificates.lapsedHolder(base);

        browser.signIn(DemoUsers.HR).click("#certifications-link");
        assertTrue(browser.find("#lapsing").findElements(By.cssSelector("tr[data-employee='NW-1002']")).size() == 1, "Mikhail lapses soon");
        assertTrue(browser.find("#expired").findElements(By.cssSelector("tr[data-employee='" + number + "']")).size() == 1,
                "Lena's expired");
        assertTrue(browser.find("#holders").findElements(By.cssSelector("tr[data-employee='NW-1010']")).size() == 1, "Tom is listed");
        browser.screenshot("certifications-hr");

        Select cycles = new Select(browser.find("#revoke\\:cycle"));
        WebElement toms = cycles.getOptions().stream().filter(o -> o.getText().contains(code)).findFirst()
                .orElseThrow(() -> new AssertionError("Tom's certificate " + code + " is not offered"));
        cycles.selectByValue(toms.getAttribute("value"));
        browser.type("#revoke\\:reason", "granted by mistake in the import");
        browser.click("#revoke\\:revoke-button");
        assertTrue(browser.text("#messages").contains("revoked"), browser.text("#messages"));

        assertEquals("REVOKED", Api.anonymous(base).get("/api/certificates/" + code).json().getString("status"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'certification_cycle'"
                + " AND action = 'DEACTIVATED' AND summary LIKE '%granted by mistake in the import%'"));
    }
}
