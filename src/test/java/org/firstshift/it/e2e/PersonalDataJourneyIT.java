package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin erases the data of someone who left, from the employee's page; HR sees the export link but no erase. */
class PersonalDataJourneyIT extends BrowserJourney {

    @Override
    protected boolean onPhone() {
        return false;
    }

    @Test
    void anAdminErasesTheDataOfSomeoneWhoLeft() throws Exception {
        String number = "PD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api hr = Api.as(base, DemoUsers.HR);
        Api.Reply created = hr.postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Paul Departed","email":"paul@example.com","hireDate":"2025-03-01",
                 "position":"CASHIER","location":"STORE-MALL","payGrade":"G1","language":"en"}""".formatted(number));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, hr.postJson("/api/employees/" + id + "/deactivate", "{}").status());

        browser.signIn(DemoUsers.HR);
        browser.open("/hr/employee.xhtml?id=" + id);
        assertTrue(browser.find("#export").getAttribute("href").endsWith("/api/employees/" + id + "/personal-data"));
        assertFalse(browser.has("[id='erase:erase-button']"), "HR exports but does not erase");
        browser.signOut();

        browser.signIn(DemoUsers.ADMIN);
        browser.open("/hr/employee.xhtml?id=" + id);
        browser.type("[id='erase:reason']", "request DP-17 from Paul");
        WebElement erase = browser.find("[id='erase:erase-button']");
        erase.click();
        browser.driver().switchTo().alert().accept();
        browser.waitForNextPage(erase);
        browser.screenshot("personal-data-erased");
        assertTrue(browser.text("#messages").contains("erased"), browser.text("#messages"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE full_name = 'Paul Departed' OR personnel_number = ?", number));
    }
}
