package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.Browser;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoContent;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna, on her phone: opens her next step, gets the knowledge check wrong, then right, and sees
 * the progress bar move. Another learner's progress is untouched by hers.
 */
class LearnerJourneyIT extends BrowserJourney {
    static final String COURSE = "courses/store-basics.yaml";


    private int percent(String program) {
        return Integer.parseInt(browser.text("#program-" + program + " .percent-value"));
    }

    private void answer(List<Integer> options) {
        for (int q = 1; q <= options.size(); q++) {
            List<WebElement> radios = browser.driver().findElements(By.cssSelector("#q" + q + " input[type=radio]"));
            radios.get(options.get(q - 1) - 1).click();
        }
        browser.click("#check\\:submit");
    }

    @Test
    void theNewHireCompletesHerNextLessonAndTheProgressBarMoves() {
        browser.signIn(DemoUsers.LEARNER);
        assertEquals("/learner/home.xhtml", browser.path());
        int before = percent("ONBOARD-SALES");
        String nextTitle = browser.text("#next-title");
        String nextHref = browser.find("#next-link").getAttribute("href");
        String lesson = nextHref.substring(nextHref.indexOf("ref=") + 4);
        browser.click("#next-link");
        assertEquals(nextTitle, browser.heading());
        assertTrue(browser.text("#lesson-body").length() > 200, "the lesson text is there");
        assertFalse(browser.overflowsHorizontally(), "the lesson reads on a 360 px phone");
        browser.screenshot("lesson-" + lesson);

        List<Integer> right = DemoContent.correctOptions(COURSE, lesson);
        List<Integer> wrong = right.stream().map(o -> o == 1 ? 2 : 1).toList();
        answer(wrong);
        assertTrue(browser.text("#result").contains("Not quite"), browser.text("#result"));
        assertTrue(browser.has("#check .feedback.bad"), "each wrong answer explains why");

        answer(right);
        assertTrue(browser.text("#result").contains("Well done"), browser.text("#result"));
        browser.click("#back-home");
        int after = percent("ONBOARD-SALES");
        assertTrue(after > before, "progress moved from " + before + " to " + after);
        assertFalse(browser.text("#next-title").equals(nextTitle), "the next step moved on");
        browser.screenshot("learner-home-after-lesson");
    }

    @Test
    void anotherLearnersProgressIsHerOwn() {
        // Anna completes L-GREET (her first lesson) through the page above or here; Daria's stays untouched.
        Api daria = Api.as(base, "daria");
        var before = daria.get("/api/me/program").json().toString();
        browser.signIn(DemoUsers.LEARNER).open("/learner/lesson.xhtml?ref=L-GREET");
        if (browser.has("#check\\:submit")) {
            answer(DemoContent.correctOptions(COURSE, "L-GREET"));
        }
        var after = daria.get("/api/me/program").json();
        assertEquals(before, after.toString(), "Daria's program did not change");
        var greet = after.getJsonArray("programs").getJsonObject(0).getJsonArray("activities").stream()
                .map(a -> a.asJsonObject()).filter(a -> a.getString("ref").equals("L-GREET")).findFirst().orElseThrow();
        assertEquals("NOT_STARTED", greet.getString("status"));
    }

    @Test
    void aLockedLessonSaysWhatToFinishFirst() {
        browser.signIn(DemoUsers.LEARNER).open("/learner/lesson.xhtml?ref=L-CLOSE");
        assertTrue(browser.has("#locked"), "L-CLOSE waits for earlier lessons");
        assertFalse(browser.has("#check\\:submit"));
    }

    @Test
    void theLessonReadsInRussian() {
        browser.signIn("daria"); // Daria prefers Russian; L-NEEDS is outside her program, so her own steps stay untouched
        browser.open("/learner/lesson.xhtml?ref=L-NEEDS");
        assertTrue(browser.heading().matches(".*[а-яА-Я].*"), browser.heading());
        assertTrue(browser.text("#lesson-body").matches("(?s).*[а-яА-Я].*"));
    }
}
