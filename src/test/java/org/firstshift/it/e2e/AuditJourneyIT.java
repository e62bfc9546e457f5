package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo auditor (Russian UI) records a store visit for Anna on a 360 px phone, with a failed
 * greeting, and submits it; Anna then sees the result and the lesson assigned to her on her home
 * page. A visit answered without signal waits on the phone and reaches the server once.
 */
class AuditJourneyIT extends BrowserJourney {

    @AfterEach
    void backOnline() {
        ((HasNetworkConditions) browser.driver()).deleteNetworkConditions();
    }

    private long anna() {
        return Api.as(base, DemoUsers.LEARNER).get("/api/me").json().getJsonNumber("id").longValue();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    private static long annasVisits(long anna) throws SQLException {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_visit WHERE employee_id = ? AND status = 'SUBMITTED'", anna);
    }

    /** Fills the header and answers every line fully, except the greeting, which failed. */
    private void recordVisitForAnna(long anna) {
        new Select(browser.find("#au-store")).selectByValue("STORE-CENTRAL");
        new Select(browser.find("#au-employee")).selectByValue(String.valueOf(anna));
        browser.find("#au-time").sendKeys("1130");
        for (WebElement line : browser.driver().findElements(By.cssSelector(".au-line"))) {
            String code = line.getAttribute("data-line");
            String answer = code.equals("SV-GREET") ? ".au-answer[data-points='0']" : ".au-answer[data-full=true]";
            WebElement button = line.findElement(By.cssSelector(answer));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
            button.click();
        }
    }

    @Test
    void theAuditorRecordsAVisitOnHerPhoneAndAnnaSeesTheResultAndHerLesson() throws Exception {
        long anna = anna();
        long before = annasVisits(anna);

        browser.signIn(DemoUsers.AUDITOR);
        assertEquals("/auditor/home.xhtml", browser.path());
        browser.click("#new-visit");
        assertTrue(browser.path().startsWith("/auditor/visit.xhtml"), browser.path());
        assertEquals("Записать визит", browser.heading(), "the auditor works in Russian");
        js("localStorage.clear();");
        browser.open("/auditor/visit.xhtml");
        assertFalse(browser.overflowsHorizontally(), "the visit page fits a 360 px phone");

        recordVisitForAnna(anna);
        browser.find("#line-SV-GREET .au-extra summary").click();
        browser.type("#comment-SV-GREET", "Нет приветствия в первые две минуты");
        assertEquals("true", browser.find("#line-SV-GREET .au-answer[data-points='0']").getAttribute("aria-pressed"));
        // The autosave keeps a draft on the server while the auditor is still answering.
        waitUpTo(20).until(d -> "ok".equals(browser.find("#au-visit").getAttribute("data-state")));
        String clientId = (String) js("return localStorage.getItem('fs-audit-current-auditor');");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_visit WHERE client_id = ? AND status = 'DRAFT' AND employee_id = ?",
                clientId, anna), "the draft is on the server");
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("auditor-visit-answered");

        browser.find("#au-submit").click();
        waitUpTo(30).until(d -> browser.find("#au-result").isDisplayed());
        assertTrue(browser.text("#au-result-failed").contains("GREET-01"), browser.text("#au-result"));
        assertTrue(browser.text("#au-result-score").contains("93.3"), browser.text("#au-result"));
        assertEquals(before + 1, annasVisits(anna));
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("auditor-visit-submitted");
        browser.signOut();

        browser.signIn(DemoUsers.LEARNER);
        assertEquals("/learner/home.xhtml", browser.path());
        assertTrue(browser.find("#audits-card").isDisplayed(), "Anna sees her audit results");
        assertTrue(browser.text("#audits-card").contains("93.3%"), browser.text("#audits-card"));
        assertTrue(browser.text("#audits-card").contains("Нет приветствия"), "the auditor's comment on the failed line");
        assertFalse(browser.text("#audits-card").contains("auditor"), "but not who audited");
        assertTrue(browser.has("#assignments li[data-type=lesson][data-ref=L-GREET]"), "the greeting lesson is assigned to her");
        assertTrue(browser.text("#assignments").contains("GREET-01"), browser.text("#assignments"));
        assertFalse(browser.overflowsHorizontally(), "Anna's home page fits her phone");
        browser.screenshot("learner-home-audit");
    }

    @Test
    void aVisitAnsweredWithoutSignalIsSubmittedOnceWhenTheSignalIsBack() throws Exception {
        long anna = anna();
        browser.signIn(DemoUsers.AUDITOR).open("/auditor/visit.xhtml");
        js("localStorage.clear();");
        browser.open("/auditor/visit.xhtml");
        long before = annasVisits(anna);

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) browser.driver()).setNetworkConditions(offline);
        recordVisitForAnna(anna);
        browser.find("#au-submit").click();
        waitUpTo(15).until(d -> "offline".equals(browser.find("#au-visit").getAttribute("data-state")));
        String clientId = (String) js("return localStorage.getItem('fs-audit-current-auditor');");
        assertTrue(clientId != null && !clientId.isEmpty());
        assertTrue(((String) js("return localStorage.getItem('fs-audit-visit-" + clientId + "');")).contains("\"submitPending\":true"),
                "the submission waits on the phone");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM audit_visit WHERE client_id = ?", clientId));
        browser.screenshot("auditor-visit-offline");

        ((HasNetworkConditions) browser.driver()).deleteNetworkConditions();
        // The page retries on its own (every 15 s and when the browser says it is online again).
        waitUpTo(45).until(d -> {
            try {
                return TestDatabase.count("SELECT COUNT(*) FROM audit_visit WHERE client_id = ? AND status = 'SUBMITTED'", clientId) == 1;
            } catch (SQLException e) {
                return false;
            }
        });
        waitUpTo(20).until(d -> browser.find("#au-result").isDisplayed());
        assertEquals(before + 1, annasVisits(anna), "exactly one visit");
        // A stale copy re-sent from the phone (the answer was lost) changes nothing.
        Api.Reply again = Api.as(base, DemoUsers.AUDITOR).get("/api/audits/drafts");
        assertEquals(200, again.status());
        assertEquals(before + 1, annasVisits(anna));
    }
}
