package org.firstshift.it.e2e;

import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Clock;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk side of shadowing: an author writes a new plan in the editor (a mistake is named and
 * nothing is saved until it is fixed), and HR cancels a shift with a reason, after which the
 * trainee finds the notice in their inbox.
 */
class ShadowingPlanningJourneyIT extends BrowserJourney {

    @Override
    protected boolean onPhone() {
        return false;
    }

    private static String field(String id) {
        return "[id='" + id + "']";
    }

    private static String taskField(int row, String id) {
        return "[id$=':" + row + ":" + id + "']";
    }

    @Test
    void anAuthorWritesANewPlanInTheEditor() {
        browser.signIn(DemoUsers.AUTHOR);
        browser.open("/author/shadowing.xhtml");
        browser.click("#new-plan");
        assertTrue(browser.path().startsWith("/author/shadowing-plan.xhtml"), browser.path());
        browser.type(field("plan:code"), "SH-MANAGER");
        browser.type(field("plan:title-en"), "Running the floor");
        browser.type(field("plan:title-ru"), "Управление торговым залом");
        browser.find("input[name='plan:positions'][value='STORE_MANAGER']").click();
        browser.type(taskField(0, "task-id"), "SH-M-BRIEF");
        browser.type(taskField(0, "task-en"), "Brief the team before opening");
        browser.type(taskField(0, "rules"), "GREET-01, GREET-77");
        browser.type(taskField(0, "reps"), "2");
        browser.click(field("plan:save"));

        assertTrue(browser.text("#messages").contains("unknown rule id 'GREET-77'"), browser.text("#messages"));
        assertEquals(404, Api.as(base, DemoUsers.AUTHOR).get("/api/shadowing/plans/SH-MANAGER").status(), "nothing saved");

        browser.type(taskField(0, "rules"), "GREET-01");
        browser.click(field("plan:add-task"));
        browser.type(taskField(1, "task-id"), "SH-M-CLOSE");
        browser.type(taskField(1, "task-en"), "Close the day with the team");
        browser.type(taskField(1, "rules"), "CLOSE-01");
        browser.type(taskField(1, "reps"), "1");
        browser.screenshot("author-plan-editor");
        browser.click(field("plan:save"));

        assertEquals("/author/shadowing.xhtml", browser.path());
        assertTrue(browser.text("#plan-SH-MANAGER").contains("Running the floor"), browser.text("#plan-SH-MANAGER"));
        JsonObject plan = Api.as(base, DemoUsers.AUTHOR).get("/api/shadowing/plans/SH-MANAGER").json();
        assertEquals(2, plan.getJsonArray("tasks").size(), plan::toString);
        assertEquals("STORE_MANAGER", plan.getJsonArray("positions").getString(0));
    }

    @Test
    void hrCancelsAShiftWithAReasonAndTheTraineeIsTold() {
        Api hr = Api.as(base, DemoUsers.HR);
        long tom = Api.as(base, "tom").get("/api/me").json().getJsonNumber("id").longValue();
        long igor = Api.as(base, "igor").get("/api/me").json().getJsonNumber("id").longValue();
        LocalDate day = LocalDate.now(Clock.systemUTC()).plusDays(5);
        Api.Reply created = hr.postJson("/api/shadowing/shifts", """
                {"traineeId": %d, "mentorId": %d, "date": "%s", "startsAt": "08:30", "endsAt": "17:30"}"""
                .formatted(tom, igor, day));
        assertEquals(201, created.status(), created::toString);

        browser.signIn(DemoUsers.HR);
        browser.open("/hr/shadowing.xhtml");
        WebElement row = browser.driver().findElement(By.xpath("//table[@id='shifts']//tr[td[contains(., '08:30')] and td[contains(., 'Tom')]]"));
        browser.click(row.findElement(By.cssSelector("a[id$=':cancel']")));
        assertTrue(browser.text("#messages").contains("reason"), "a reason is asked for first: " + browser.text("#messages"));
        browser.type(field("shift-list:reason"), "Tom is on a course that day");
        row = browser.driver().findElement(By.xpath("//table[@id='shifts']//tr[td[contains(., '08:30')] and td[contains(., 'Tom')]]"));
        browser.click(row.findElement(By.cssSelector("a[id$=':cancel']")));
        assertTrue(browser.text("#messages").contains("cancelled"), browser.text("#messages"));
        assertFalse(browser.driver().getPageSource().contains("08:30"), "the shift is gone from the list");

        browser.signOut();
        browser.signIn("tom");
        browser.click("#notices-link");
        assertEquals("/profile/notices.xhtml", browser.path());
        assertTrue(browser.text("#notices").contains("cancelled"), browser.text("#notices"));
    }
}
