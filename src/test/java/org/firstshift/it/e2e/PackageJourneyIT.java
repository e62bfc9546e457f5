package org.firstshift.it.e2e;

import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna, on her phone, works through the demo company's own SCORM 1.2 and SCORM 2004 packages in
 * the sandboxed player: she moves on a page, saves and leaves, comes back to the same page,
 * answers the check, finishes, and her program shows the package as completed; the "why isn't
 * this complete?" panel shows the raw values behind it.
 */
class PackageJourneyIT extends BrowserJourney {

    private WebDriver driver() {
        return browser.driver();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(20));
    }

    /** Opens the package page, launches its first part and switches into the player frame. */
    private void openPart(String code) {
        browser.open("/learner/package.xhtml?ref=" + code);
        browser.find(".package-open").click();
        waiting().until(d -> d.findElement(By.id("player-frame")).isDisplayed()
                && !String.valueOf(d.findElement(By.id("player-frame")).getAttribute("src")).isEmpty());
        driver().switchTo().frame("player-frame");
        waiting().until(d -> d.findElement(By.id("where")).getText().startsWith("Page"));
    }

    private String where() {
        return driver().findElement(By.id("where")).getText();
    }

    private void inFrameClick(String id) {
        driver().findElement(By.id(id)).click();
    }

    /** Back on the FirstShift page, waits until the server acknowledged the part's finish. */
    private void waitUntilSaved() {
        driver().switchTo().defaultContent();
        waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return window.FirstShiftPlayer.finished()")).intValue() >= 1
                && ((Number) ((JavascriptExecutor) d).executeScript("return window.FirstShiftPlayer.pending()")).intValue() == 0);
    }

    private void suspendOnPageTwoThenResume(String code, String locationElement) {
        openPart(code);
        inFrameClick("next");
        waiting().until(d -> where().equals("Page 2 of 4"));
        inFrameClick("suspend");
        waiting().until(d -> d.findElement(By.id("closed")).isDisplayed());
        waitUntilSaved();

        browser.open("/learner/package.xhtml?ref=" + code);
        String why = String.valueOf(((JavascriptExecutor) driver()).executeScript(
                "return document.querySelector('details.why').textContent"));
        assertTrue(why.contains(locationElement) && why.contains("page-2"), why);
        assertFalse(browser.text("#package-status").contains("You have completed"));
        openPart(code);
        assertEquals("Page 2 of 4", where(), "reopening resumes at the saved location");
    }

    private void answerAndFinish() {
        inFrameClick("next");
        waiting().until(d -> where().equals("Page 3 of 4"));
        inFrameClick("q1-b");
        inFrameClick("q2-c");
        inFrameClick("check");
        waiting().until(d -> d.findElement(By.id("result")).getText().contains("100%"));
        inFrameClick("finish");
        waitUntilSaved();
    }

    @Test
    void theNewHireSuspendsResumesAndCompletesTheScorm12Package() {
        browser.signIn(DemoUsers.LEARNER);
        suspendOnPageTwoThenResume("greeting-basics-12", "cmi.core.lesson_location");
        answerAndFinish();

        browser.open("/learner/package.xhtml?ref=greeting-basics-12");
        assertTrue(browser.text("#package-status").contains("You have completed"), browser.text("#package-status"));
        String why = String.valueOf(((JavascriptExecutor) driver()).executeScript(
                "return document.querySelector('details.why').textContent"));
        assertTrue(why.contains("cmi.core.lesson_status") && why.contains("passed") && why.contains("100"), why);
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("package-scorm12-completed");

        long anna = ((Number) ((JavascriptExecutor) driver()).executeAsyncScript(
                "var cb = arguments[arguments.length - 1]; fetch('" + (base.toString().endsWith("/") ? base.toString() : base + "/") + "api/me/program', {credentials: 'same-origin'})"
                        + ".then(function (r) { return r.json(); }).then(function (j) { cb(j.employeeId); });")).longValue();
        String statusPage = "/hr/package-status.xhtml?ref=greeting-basics-12&employee=" + anna;
        browser.open(statusPage);
        assertTrue(browser.has("#error-text") && !browser.has("#package-status-admin"), "a learner does not open HR's view");
        browser.signOut().signIn(DemoUsers.HR).open(statusPage);
        String values = browser.text("#package-status-admin");
        assertTrue(values.contains("Anna Petrova") && values.contains("cmi.core.lesson_status") && values.contains("passed"), values);
    }

    @Test
    void theNewHireSuspendsResumesAndCompletesTheScorm2004Package() {
        browser.signIn(DemoUsers.LEARNER);
        suspendOnPageTwoThenResume("greeting-approach-2004", "cmi.location");
        answerAndFinish();

        browser.open("/learner/package.xhtml?ref=greeting-approach-2004");
        assertTrue(browser.text("#package-status").contains("You have completed"), browser.text("#package-status"));
        String why = String.valueOf(((JavascriptExecutor) driver()).executeScript(
                "return document.querySelector('details.why').textContent"));
        assertTrue(why.contains("cmi.completion_status") && why.contains("cmi.success_status") && why.contains("passed")
                && why.contains("0.8"), why);
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("package-scorm2004-completed");
    }

    @Test
    void theContentCannotReachTheLmsPage() {
        browser.signIn(DemoUsers.LEARNER);
        openPart("greeting-basics-12");
        Object origin = ((JavascriptExecutor) driver()).executeScript("return window.origin");
        assertEquals("null", String.valueOf(origin), "the package runs in an opaque origin");
        Object reach = ((JavascriptExecutor) driver()).executeScript(
                "try { return String(window.parent.document.title); } catch (e) { return 'blocked'; }");
        assertEquals("blocked", reach);
        Object cookies = ((JavascriptExecutor) driver()).executeScript(
                "try { return document.cookie; } catch (e) { return 'blocked'; }");
        assertEquals("blocked", cookies, "no access to the LMS's cookies");
        driver().switchTo().defaultContent();
    }
}
