package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
        String code = insertCycle(tom, today.minusDays(back), today.minusDays(back).plusMonths(12).minusDays(1));
        // Someone whose only cycle ran out: made here, because other tests may renew the demo's expired Igor.
        String number = "CX-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Api.Reply lapsed = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Lena Lapsed","hireDate":"2024-01-05",
                 "position":"SALES_CONSULTANT","location":"STORE-MALL","payGrade":"G2","language":"en"}""".formatted(number));
        assertEquals(201, lapsed.status(), lapsed::toString);
        insertCycle(lapsed.json().getJsonNumber("id").longValue(), today.minusMonths(13), today.minusMonths(1));

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

    /** A certification cycle put straight into the database, as an import from before FirstShift would. */
    private static String insertCycle(long employeeId, LocalDate from, LocalDate until) throws Exception {
        StringBuilder random = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            random.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(ThreadLocalRandom.current().nextInt(32)));
        }
        String code = random.toString();
        try (Connection c = TestDatabase.connect(); var s = c.prepareStatement(
                "INSERT INTO certification_cycle (id, employee_id, certification_code, valid_from, valid_until, origin,"
                        + " certificate_code, granted_at, state, version) VALUES (?, ?, 'RETAIL-SERVICE', ?, ?, 'IMPORTED', ?, ?, 'ACTIVE', 0)")) {
            s.setLong(1, 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
            s.setLong(2, employeeId);
            s.setDate(3, Date.valueOf(from));
            s.setDate(4, Date.valueOf(until));
            s.setString(5, code);
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return code;
    }
}
