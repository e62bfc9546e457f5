package org.firstshift.it.e2e;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mikhail signs off Anna's tasks on his phone during today's shift; Anna confirms them on hers and
 * sees her progress. A sign-off made while the phone has no signal waits on the phone and reaches
 * the server exactly once when the signal is back.
 */
class ShadowingJourneyIT extends BrowserJourney {

    @AfterEach
    void backOnline() {
        ((HasNetworkConditions) browser.driver()).deleteNetworkConditions();
    }

    private long anna() {
        return Api.as(base, DemoUsers.LEARNER).get("/api/me").json().getJsonNumber("id").longValue();
    }

    private JsonObject annasTask(String task) {
        return Api.as(base, DemoUsers.LEARNER).get("/api/me/shadowing").json().getJsonArray("tasks").stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("id").equals(task)).findFirst().orElseThrow();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
        wait.ignoring(WebDriverException.class); // the page may be reloading between two looks
        return wait;
    }

    private void rate(long trainee, String task, String rating) {
        browser.find("#task-" + trainee + "-" + task + " .sh-rate[data-rating=" + rating + "]").click();
    }

    @Test
    void theMentorSignsOffTwoTasksOnHisPhoneAndAnnaConfirmsThem() {
        long anna = anna();
        int greetBefore = annasTask("SH-S-GREET").getInt("done");
        int needsBefore = annasTask("SH-S-NEEDS").getInt("done");

        browser.signIn(DemoUsers.MENTOR);
        assertEquals("/mentor/home.xhtml", browser.path());
        browser.click("#signoff-" + anna);
        assertTrue(browser.path().startsWith("/mentor/signoff.xhtml"), browser.path());
        assertFalse(browser.overflowsHorizontally(), "the sign-off page fits a 360 px phone");
        String submit = "#submit-" + anna;
        assertFalse(browser.find(submit).isEnabled(), "nothing to submit before a tap");

        rate(anna, "SH-S-GREET", "INDEPENDENTLY");
        rate(anna, "SH-S-NEEDS", "WITH_HELP");
        browser.find("#task-" + anna + "-SH-S-NEEDS .sh-extra summary").click();
        browser.type("#note-" + anna + "-SH-S-NEEDS", "Asked three questions, then needed a prompt");
        assertEquals("true", browser.find("#task-" + anna + "-SH-S-GREET .sh-rate[data-rating=INDEPENDENTLY]").getAttribute("aria-pressed"));
        browser.screenshot("mentor-signoff-rated");
        browser.find(submit).click(); // queued, sent, and the page reloads with the new state

        waitUpTo(20).until(d -> browser.driver().findElements(By.cssSelector("#awaiting-" + anna + " li[data-record]")).size() >= 2
                && "0".equals(browser.find("#sh-status").getAttribute("data-waiting")));
        assertEquals(0L, js("return window.FirstShiftSignOffs.queue().length;"));
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("mentor-signoff-sent");
        browser.signOut();

        browser.signIn(DemoUsers.LEARNER);
        assertTrue(browser.find("#shadowing-to-confirm").isDisplayed(), "the home card says there is something to confirm");
        browser.click("#shadowing-link");
        assertEquals("/learner/shadowing.xhtml", browser.path());
        assertTrue(browser.driver().findElements(By.cssSelector("#awaiting li[data-record]")).size() >= 2);
        assertTrue(browser.text("#awaiting").contains("Asked three questions"), browser.text("#awaiting"));
        assertFalse(browser.overflowsHorizontally(), "Anna's page fits her phone");
        browser.click("#confirm\\:confirm-all");

        assertTrue(browser.find("#confirm\\:nothing-to-confirm").isDisplayed(), "everything shown was confirmed");
        assertEquals(String.valueOf(greetBefore + 1), browser.find("#state-SH-S-GREET").getAttribute("data-done"));
        assertEquals(String.valueOf(needsBefore), browser.find("#state-SH-S-NEEDS").getAttribute("data-done"),
                "'with help' is confirmed but does not count");
        assertTrue(browser.driver().findElements(By.cssSelector("#history li.signoff[data-confirmed=false]")).isEmpty());
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("learner-shadowing-confirmed");

        JsonObject needs = annasTask("SH-S-NEEDS");
        assertEquals("WITH_HELP", needs.getString("latestRating"));
        assertTrue(needs.getBoolean("latestConfirmed"));
        assertTrue(Api.as(base, DemoUsers.ADMIN).get("/api/shadowing/verify").json().getJsonArray("broken").stream()
                .noneMatch(b -> b.asJsonObject().getJsonNumber("traineeId").longValue() == anna), "Anna's chain is intact");
    }

    @Test
    void aSignOffQueuedWithoutSignalIsStoredExactlyOnceWhenTheSignalIsBack() throws Exception {
        long anna = anna();
        browser.signIn(DemoUsers.MENTOR).open("/mentor/signoff.xhtml");
        browser.find("#trainee-" + anna);

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) browser.driver()).setNetworkConditions(offline);

        rate(anna, "SH-S-FAREWELL", "WITH_HELP");
        browser.find("#submit-" + anna).click();
        waitUpTo(10).until(d -> "1".equals(browser.find("#sh-status").getAttribute("data-waiting"))
                && browser.find("#sh-status").getAttribute("class").contains("waiting"));
        String clientId = (String) js("return window.FirstShiftSignOffs.queue()[0].id;");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM shadowing_record WHERE client_id = ?", clientId),
                "nothing reached the server");
        js("window.FirstShiftSignOffs.flush();"); // a retry while still offline keeps it queued
        Thread.sleep(500);
        assertEquals(1L, js("return window.FirstShiftSignOffs.queue().length;"));
        browser.screenshot("mentor-signoff-offline");

        ((HasNetworkConditions) browser.driver()).deleteNetworkConditions();
        js("window.FirstShiftSignOffs.flush();");
        waitUpTo(20).until(d -> {
            try {
                return TestDatabase.count("SELECT COUNT(*) FROM shadowing_record WHERE client_id = ?", clientId) == 1
                        && Long.valueOf(0).equals(js("return window.FirstShiftSignOffs.queue().length;"));
            } catch (java.sql.SQLException e) {
                return false;
            }
        });

        // The phone sends the very same sign-off again (an answer lost on the way): still one record.
        browser.find("#sh-status");
        js("window.FirstShiftSignOffs.enqueue([{clientId: '" + clientId + "', traineeId: " + anna
                + ", taskId: 'SH-S-FAREWELL', rating: 'WITH_HELP', comment: null}]); window.FirstShiftSignOffs.flush();");
        waitUpTo(20).until(d -> Long.valueOf(0).equals(js("return window.FirstShiftSignOffs.queue().length;")));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM shadowing_record WHERE client_id = ?", clientId));
        assertEquals(0L, js("return window.FirstShiftSignOffs.refused().length;"), "the repeat was answered, not refused");
    }
}
