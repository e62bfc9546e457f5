package org.firstshift.it.e2e;

import org.firstshift.testing.Browser;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR finds, creates and imports people; the admin sees the changes in the audit trail. */
class PeopleJourneyIT extends BrowserJourney {

    @Override
    protected boolean onPhone() {
        return false;
    }

    @Test
    void hrSearchesCreatesAnEmployeeAndTheAdminSeesItInTheAuditTrail() {
        String number = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        browser.signIn(DemoUsers.HR);
        browser.type("#search\\:text", "Petrova").click("#search\\:go");
        assertTrue(browser.text("#people").contains("Anna Petrova"));
        assertTrue(!browser.text("#people").contains("Mikhail Orlov"));

        browser.click("#new-employee");
        browser.type("#employee\\:number", number).type("#employee\\:name", "Eve Example")
                .type("#employee\\:email", "eve@example.org");
        browser.driver().findElement(By.id("employee:hired")).sendKeys("03032026");
        new Select(browser.find("#employee\\:position")).selectByValue("CASHIER");
        new Select(browser.find("#employee\\:location")).selectByValue("STORE-MALL");
        browser.click("#employee\\:save");
        assertEquals("Eve Example", browser.heading(), browser.text("#messages"));
        assertTrue(browser.text("#messages").contains("Saved"));

        browser.signOut().signIn(DemoUsers.ADMIN).open("/admin/audit.xhtml");
        browser.type("#filter\\:text", "Eve Example").click("#filter\\:go");
        assertTrue(browser.text("#audit").contains("Created employee Eve Example (" + number + ")"), browser.text("#audit"));
        assertTrue(browser.text("#audit").contains("hr"));
    }

    @Test
    void aMissingNameIsShownNextToTheFormAndNothingIsSaved() {
        browser.signIn(DemoUsers.HR).open("/hr/employee.xhtml");
        browser.type("#employee\\:number", "E2E-NONAME");
        browser.click("#employee\\:save");
        assertTrue(browser.text("#messages").contains("Full name: required"), browser.text("#messages"));
        assertEquals("New employee", browser.heading());
    }

    @Test
    void hrUploadsACsvWithABadRowAndSeesTheProblemsThenAGoodOne() throws Exception {
        browser.signIn(DemoUsers.HR).click("#import-link");
        String n = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path bad = Files.createTempFile("employees", ".csv");
        Files.writeString(bad, "personnel_number,full_name,hire_date,position,location\n"
                + "CSV-" + n + "-1,Row One,2026-03-01,CASHIER,STORE-MALL\n"
                + "CSV-" + n + "-2,Row Two,2026-03-01,JUGGLER,STORE-MALL\n");
        browser.find("#import\\:file").sendKeys(bad.toAbsolutePath().toString());
        browser.click("#import\\:upload");
        String problems = browser.text("#problems");
        assertTrue(problems.contains("3") && problems.contains("position") && problems.contains("JUGGLER"), problems);

        Path good = Files.createTempFile("employees", ".csv");
        Files.writeString(good, "personnel_number,full_name,hire_date,position,location\n"
                + "CSV-" + n + "-1,Row One,2026-03-01,CASHIER,STORE-MALL\n");
        browser.find("#import\\:file").sendKeys(good.toAbsolutePath().toString());
        browser.click("#import\\:upload");
        assertTrue(browser.text("#imported").contains("CSV-" + n + "-1"));
    }
}
