package org.firstshift.it.e2e;

import org.firstshift.testing.Accessibility;
import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR waives the demo cmi5 course's AU for a new hire who already runs a till elsewhere: from the
 * "why isn't this complete?" page to the waiver page, reason chosen, confirmed; the part shows as
 * waived, the waiver and its statement are stored and the learner's course is complete. A learner
 * cannot open the page.
 */
class Cmi5WaiverJourneyIT extends BrowserJourney {

    @Test
    void hrWaivesAnAuForALearnerWhoHasShownTheSkillElsewhere() throws Exception {
        String number = "WV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "wv" + number.substring(3).toLowerCase();
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Vera Waived %s","hireDate":"2026-01-05","position":"CASHIER",
                 "location":"STORE-MALL","language":"en","username":"%s","roles":["LEARNER"]}""".formatted(number, number, username));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        String page = "/hr/cmi5-waivers.xhtml?ref=" + Cmi5JourneyIT.COURSE + "&employee=" + id;

        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get(page).status(), "a learner cannot waive");
        assertEquals(403, Api.as(base, DemoUsers.MENTOR).get(page).status(), "nor can a mentor");

        browser.signIn(DemoUsers.HR).open("/hr/package-status.xhtml?ref=" + Cmi5JourneyIT.COURSE + "&employee=" + id);
        assertEquals(List.of(), Accessibility.violations(browser.driver()), "the why-not-complete page passes axe");
        browser.click("#waiver-link");
        assertEquals(List.of(), Accessibility.violations(browser.driver()), "the waiver page passes axe");
        assertTrue(browser.text("#waivers").contains("Vera Waived"), browser.text("main"));
        assertTrue(browser.text("#waiver-parts").contains("Not waived"), browser.text("#waiver-parts"));

        confirmWaiver();
        assertTrue(browser.text("#messages").contains("Choose the part and the reason"), browser.text("#messages"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM cmi5_waiver WHERE employee_id = ?", id), "nothing without a reason");

        new Select(browser.find("[id='waive:au']")).selectByIndex(1);
        new Select(browser.find("[id='waive:reason']")).selectByValue("Tested Out");
        browser.type("[id='waive:comment']", "Ran the till at her last shop for two years");
        confirmWaiver();
        browser.screenshot("hr-cmi5-waiver");

        assertTrue(browser.text("#messages").contains("Waived"), browser.text("#messages"));
        assertTrue(browser.text("#waiver-parts").contains("Tested Out, hr"), browser.text("#waiver-parts"));
        assertFalse(browser.has("[id='waive:waive-button']"), "no part is left to waive");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cmi5_waiver WHERE employee_id = ? AND reason = 'Tested Out'", id));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Cmi5Waiver' AND entity_id LIKE ?",
                id + "/%"));
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE verb_id = 'https://w3id.org/xapi/adl/verbs/waived' AND body LIKE ?",
                "%\"" + username + "\"%") >= 1, "the waived statement names the learner");
    }

    /** Clicks Waive, accepts the "cannot be undone" question and waits for the answer page. */
    private void confirmWaiver() {
        WebElement waive = browser.find("[id='waive:waive-button']");
        waive.click();
        browser.driver().switchTo().alert().accept();
        browser.waitForNextPage(waive);
    }
}
