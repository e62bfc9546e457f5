package org.firstshift.it.e2e;

import org.firstshift.it.PackageSequencingIT;
import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna starts a sequenced SCORM 2004 course, the player offers only what the engine allows
 * (no "previous" on the first part), she saves and leaves (suspendAll), and the next visit offers
 * to resume at the part she left and does so.
 */
class SequencingJourneyIT extends BrowserJourney {

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    private void waitForPart(String page) {
        waiting().until(d -> d.findElement(By.id("player-frame")).isDisplayed()
                && String.valueOf(d.findElement(By.id("player-frame")).getAttribute("src")).endsWith(page));
    }

    @Test
    void theNewHireSavesAndLeavesAndResumesAtTheSamePart() {
        String code = PackageSequencingIT.uploadSequenced(Api.as(base, DemoUsers.AUTHOR));
        browser.signIn(DemoUsers.LEARNER).open("/learner/package.xhtml?ref=" + code);
        assertFalse(browser.has("#resume-note"), "nothing suspended yet");
        browser.find("#nav-start").click();
        waitForPart("/quiz.html");
        assertFalse(browser.find("#nav-previous").isDisplayed(), "the engine allows no previous from the first part");
        waiting().until(d -> d.findElement(By.id("nav-suspend")).isDisplayed());
        browser.find("#nav-suspend").click();
        waiting().until(d -> !d.findElement(By.id("player-note")).getText().isBlank());
        assertTrue(browser.text("#player-note").contains("Saved"), browser.text("#player-note"));

        browser.open("/learner/package.xhtml?ref=" + code);
        assertTrue(browser.text("#resume-note").contains("Quiz"), browser.text("#resume-note"));
        assertTrue(browser.text("#nav-start").contains("Resume"), browser.text("#nav-start"));
        browser.find("#nav-start").click();
        waitForPart("/quiz.html");
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("package-sequencing-resumed");
    }
}
