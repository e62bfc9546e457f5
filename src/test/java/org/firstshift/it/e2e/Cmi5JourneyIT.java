package org.firstshift.it.e2e;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.Lrs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna, on her phone, opens the demo company's own cmi5 course: the AU (our HTML page using the
 * {@code @xapi/cmi5} library) runs in the sandboxed player, fetches its token, initializes,
 * completes, passes and terminates through the LRS, and the course shows as completed.
 */
class Cmi5JourneyIT extends BrowserJourney {
    static final String COURSE = "cash-desk-cmi5";

    private WebDriver driver() {
        return browser.driver();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(30));
    }

    @Test
    void theNewHireRunsTheCmi5AuAndTheCourseCompletes() {
        Api.Reply pkg = Api.as(base, DemoUsers.ADMIN).get("/api/packages/" + COURSE);
        assertEquals(200, pkg.status(), "the demo company ships the cmi5 course: " + pkg);
        browser.signIn(DemoUsers.LEARNER);
        try {
            waiting().until(d -> !browser.path().contains("login"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("sign-in did not finish: " + browser.path() + " " + driver().findElement(By.tagName("main")).getText(), e);
        }
        browser.open("/learner/package.xhtml?ref=" + COURSE);
        assertTrue(browser.has(".cmi5-open"), () -> driver().getPageSource());
        browser.find(".cmi5-open").click();
        waiting().until(d -> d.findElement(By.id("player-frame")).isDisplayed()
                && !String.valueOf(d.findElement(By.id("player-frame")).getAttribute("data-session")).equals("null"));
        String sessionId = driver().findElement(By.id("player-frame")).getAttribute("data-session");
        driver().switchTo().frame("player-frame");
        waiting().until(d -> d.findElement(By.id("au-state")).getText().equals("Ready.")
                || d.findElement(By.id("au-state")).getAttribute("class").equals("error"));
        assertEquals("Ready.", driver().findElement(By.id("au-state")).getText(), "the AU initialized through the LRS");
        driver().findElement(By.id("read")).click();
        waiting().until(d -> d.findElement(By.id("check")).isDisplayed() || d.findElement(By.id("au-state")).getAttribute("class").equals("error"));
        driver().findElement(By.cssSelector("input[value=third]")).click();
        driver().findElement(By.id("answer")).click();
        waiting().until(d -> d.findElement(By.id("done")).isDisplayed() || d.findElement(By.id("au-state")).getAttribute("class").equals("error"));
        assertEquals("Passed and finished.", driver().findElement(By.id("au-state")).getText());
        driver().switchTo().defaultContent();
        waiting().until(d -> d.findElement(By.id("package-status")).getText().contains("You have completed"));
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("package-cmi5-completed");

        // What the AU wrote, read back with an LRS key: its session's statements in order.
        JsonObject course = Api.as(base, DemoUsers.LEARNER).get("/api/cmi5-launches/" + COURSE).json();
        String registration = course.getString("registration");
        Lrs lrs = Lrs.newKey(base, "cmi5-journey " + UUID.randomUUID());
        JsonArray all = lrs.get("/xapi/statements?ascending=true&limit=200&registration=" + registration).json().getJsonArray("statements");
        List<String> verbs = all.stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonObject("context").getJsonObject("extensions").getString(
                        "https://w3id.org/xapi/cmi5/context/extensions/sessionid", "").equals(sessionId))
                .map(s -> s.getJsonObject("verb").getString("id").replaceAll(".*/", "")).toList();
        assertTrue(verbs.containsAll(List.of("launched", "initialized", "completed", "passed", "terminated")), verbs::toString);
        assertEquals("launched", verbs.get(0));
        assertEquals("terminated", verbs.get(verbs.size() - 1), verbs::toString);
        assertTrue(all.stream().anyMatch(s -> s.asJsonObject().getJsonObject("verb").getString("id").endsWith("/satisfied")), "moveOn met: satisfied");

        // Done: the learner may look again in Review mode; the AU (@xapi/cmi5) starts with launchMode Review.
        browser.find(".cmi5-open[data-mode=Review]").click();
        waiting().until(d -> !sessionId.equals(d.findElement(By.id("player-frame")).getAttribute("data-session")));
        driver().switchTo().frame("player-frame");
        waiting().until(d -> d.findElement(By.id("au-state")).getText().equals("Ready.")
                || d.findElement(By.id("au-state")).getAttribute("class").equals("error"));
        assertEquals("Ready.", driver().findElement(By.id("au-state")).getText(), "the AU initialized in Review mode");
        driver().switchTo().defaultContent();
        JsonArray sessions = Api.as(base, DemoUsers.LEARNER).get("/api/cmi5-launches/" + COURSE).json().getJsonArray("sessions");
        assertEquals("Review", sessions.getJsonObject(sessions.size() - 1).getString("launchMode"));
    }
}
