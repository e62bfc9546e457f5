package org.firstshift.it.e2e;

import jakarta.json.JsonArray;
import org.firstshift.testing.Api;
import org.firstshift.testing.Browser;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TrainingCompany;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Olga, the content author: turns the standard into a draft course, rewrites a lesson (and cannot
 * smuggle a script into it), publishes the course and follows a rule to the lessons teaching it;
 * edits a standard's draft, sees who a change touches and publishes it; reads a standard on a phone.
 */
class AuthoringJourneyIT extends BrowserJourney {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BAD_IMAGE = "<img src=x onerror=alert(1)>";

    @Override
    protected boolean onPhone() {
        return false;
    }

    @Test
    void theAuthorGeneratesACourseRewritesALessonSafelyPublishesItAndTracesARule() {
        String title = "Greeting without pressure " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoUsers.AUTHOR);
        assertTrue(browser.path().startsWith("/author/home.xhtml"), browser.path());

        browser.click("#standard-list [data-standard='RETAIL'].generate");
        assertTrue(browser.path().startsWith("/author/course.xhtml?code=RETAIL-COURSE-V"), browser.path());
        assertTrue(browser.text("#messages").contains("generated"), browser.text("#messages"));
        assertEquals("DRAFT", browser.find("#course-status").getAttribute("data-status"));

        WebElement edit = browser.find("#lessons .edit");
        String lesson = edit.getAttribute("data-lesson");
        browser.click("#lessons .edit");
        browser.type("#lesson\\:title-en", title)
                .type("#lesson\\:teaches", "GREET-01, greet-02")
                .type("#lesson\\:body-en", "## Say hello\n\n**Greet** every customer.\n\n" + SCRIPT + "\n\n" + BAD_IMAGE + "\n");
        browser.driver().findElement(By.id("lesson:preview")).click();
        String preview = waitForHtml("#lesson\\:preview-en", "<strong>Greet</strong>");
        assertSafe(preview);

        browser.click("#lesson\\:save");
        assertTrue(browser.text("#messages").contains("Lesson " + lesson + " is saved"), browser.text("#messages"));
        WebElement article = browser.find("article[data-lesson='" + lesson + "']");
        assertTrue(article.getText().contains(title), article.getText());
        String rendered = article.findElement(By.cssSelector(".lesson-body.rendered")).getAttribute("innerHTML");
        assertTrue(rendered.contains("<strong>Greet</strong>"), rendered);
        assertSafe(rendered);

        browser.click("#publish-form\\:publish");
        assertEquals("PUBLISHED", browser.find("#course-status").getAttribute("data-status"));

        browser.open("/author/standard.xhtml?code=RETAIL").click("#rule-GREET-01 a.rule-id");
        assertEquals("Rule GREET-01", browser.heading());
        assertTrue(browser.text("#references").contains(title), browser.text("#references"));
        assertTrue(browser.has("#references li[data-code='" + lesson + "'] a[href*='#" + lesson + "']"));
    }

    @Test
    void theAuthorEditsADraftSeesWhoTheChangeTouchesAndPublishesIt() {
        TrainingCompany company = new TrainingCompany();
        assertEquals(200, company.load(base).status());
        Api lena = company.first.api(base);
        assertEquals(200, lena.postJson("/api/me/lessons/" + company.meetLesson + "/check", TrainingCompany.rightAnswers()).status());
        String newRule = "Q" + company.suffix + "-05";

        browser.signIn(DemoUsers.AUTHOR).open("/author/standard.xhtml?code=" + company.standard);
        browser.click("#actions\\:start-draft");
        assertTrue(browser.path().startsWith("/author/draft.xhtml"), browser.path());

        browser.click("#rules [data-section='PART'].add");
        browser.type("#rule\\:code", company.distanceRule).type("#rule\\:statement-en", "Smile when you say goodbye.");
        browser.click("#rule\\:save");
        assertTrue(browser.text("#messages").contains(company.distanceRule), "the used id is named: " + browser.text("#messages"));
        assertEquals("Smile when you say goodbye.", browser.find("#rule\\:statement-en").getAttribute("value"), "what was typed stays");
        browser.type("#rule\\:code", newRule.toLowerCase());
        browser.click("#rule\\:save");
        assertTrue(browser.text("#messages").contains("Rule " + newRule + " is saved"), browser.text("#messages"));

        browser.click("#rules [data-rule='" + company.greetRule + "'].edit");
        browser.type("#rule\\:statement-en", "Greet every customer within 10 seconds.");
        browser.click("#rule\\:save");
        browser.click("#rules [data-rule='" + company.offerRule + "'].remove");
        assertFalse(browser.has("#rule-" + company.offerRule));

        browser.click("#review");
        assertTrue(browser.has("#changes tr[data-change='added'][data-rule='" + newRule + "']"));
        assertTrue(browser.has("#changes tr[data-change='changed'][data-rule='" + company.greetRule + "']"));
        assertTrue(browser.has("#changes tr[data-change='removed'][data-rule='" + company.offerRule + "']"));
        assertFalse(browser.has("#changes tr[data-rule='" + company.distanceRule + "']"), "unchanged rules are not listed");
        assertTrue(browser.text("#refresher-count").endsWith(": 1"), browser.text("#refresher-count"));
        assertTrue(browser.has("#impact-lessons li[data-code='" + company.meetLesson + "']"));
        assertFalse(browser.has("#impact-lessons li[data-code='" + company.partLesson + "']"));
        assertTrue(browser.has("#impact-programs li[data-code='" + company.program + "']"));

        browser.click("#publish-form\\:publish");
        assertTrue(browser.path().startsWith("/author/standard.xhtml"), browser.path());
        assertTrue(browser.text("#messages").contains("Version 2 is published"), browser.text("#messages"));
        assertTrue(browser.has("#versions tr[data-version='2'][data-status='PUBLISHED']"));
        assertTrue(browser.has("#versions tr[data-version='1'][data-status='RETIRED']"));
        JsonArray refreshers = lena.get("/api/me/program").json().getJsonArray("refreshers");
        assertEquals(1, refreshers.size(), refreshers::toString);
        assertEquals(company.meetLesson, refreshers.getJsonObject(0).getString("lesson"));
    }

    @Test
    void theStandardFitsAPhoneInEnglishAndRussian() {
        browser.driver().manage().window().setSize(Browser.PHONE);
        try {
            browser.signIn(DemoUsers.AUTHOR).open("/author/standard.xhtml?code=RETAIL");
            assertTrue(browser.has("#rule-GREET-01"));
            assertFalse(browser.overflowsHorizontally(), "the standard page is wider than a phone");
            browser.screenshot("author-standard-phone");
            browser.click("#topbar\\:lang-ru");
            assertTrue(browser.text("#main").contains("Версии"), browser.text("#main"));
            assertFalse(browser.overflowsHorizontally(), "the Russian standard page is wider than a phone");
            browser.open("/author/rule.xhtml?id=GREET-01");
            assertEquals("Правило GREET-01", browser.heading());
            assertFalse(browser.overflowsHorizontally(), "the rule page is wider than a phone");
        } finally {
            browser.open("/author/home.xhtml").click("#topbar\\:lang-en"); // the choice is saved in Olga's profile
            browser.driver().manage().window().setSize(Browser.DESKTOP);
        }
    }

    private static String waitForHtml(String css, String expected) {
        // The preview is re-rendered by Ajax while the author types: an element found a moment ago may be gone.
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            String html = browser.find(css).getAttribute("innerHTML");
            return html.contains(expected) ? html : null;
        });
    }

    private static void assertSafe(String html) {
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.toLowerCase().contains("onerror"), html);
    }
}
