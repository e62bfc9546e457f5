package org.firstshift.it.e2e;

import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoContent;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna, the demo new hire, takes the certification exam on her phone: every answer shows "saved",
 * a reload resumes with her answers and the server's time, she submits, passes and reads her
 * score per section with the review. The right answers come from the exam's content file. The
 * pass grants her RETAIL-SERVICE: she downloads the certificate PDF (read back here) and, signed
 * out, its public page confirms it.
 */
class ExamJourneyIT extends BrowserJourney {

    @SuppressWarnings("unchecked")
    static Map<String, Object> question(String id) {
        List<Map<String, Object>> questions = (List<Map<String, Object>>) DemoContent.read("exams/retail-certification.yaml").get("questions");
        return questions.stream().filter(q -> id.equals(q.get("id"))).findFirst().orElseThrow();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    @SuppressWarnings("unchecked")
    private void answer(WebElement li) {
        String id = li.getAttribute("data-question");
        Map<String, Object> q = question(id);
        String type = (String) q.get("type");
        switch (type) {
            case "single", "scenario", "multiple" -> {
                for (Map<String, Object> o : (List<Map<String, Object>>) q.get("options")) {
                    if (Boolean.TRUE.equals(o.get("correct"))) {
                        li.findElement(By.cssSelector("input[data-option='" + o.get("id") + "']")).click();
                    }
                }
            }
            case "true_false" -> li.findElement(By.cssSelector("input[data-option='" + q.get("answer") + "']")).click();
            case "ordering" -> {
                List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
                for (int i = 0; i < options.size(); i++) {
                    new Select(li.findElement(By.cssSelector("select[data-position='" + (i + 1) + "']")))
                            .selectByValue((String) options.get(i).get("id"));
                }
            }
            case "matching" -> {
                for (Map<String, Object> left : (List<Map<String, Object>>) q.get("left")) {
                    new Select(li.findElement(By.cssSelector("select[data-left='" + left.get("id") + "']")))
                            .selectByValue((String) left.get("match"));
                }
            }
            case "numeric" -> li.findElement(By.cssSelector("input[data-text]")).sendKeys(String.valueOf(q.get("answer")) + "\t");
            case "short_text" -> li.findElement(By.cssSelector("input[data-text]"))
                    .sendKeys(((List<Object>) q.get("accept")).get(0) + "\t");
            default -> throw new IllegalStateException("unknown type " + type);
        }
        waiting().until(d -> "saved".equals(li.findElement(By.cssSelector(".state")).getAttribute("data-state")));
    }

    @Test
    void theNewHireTakesTheCertificationExamOnHerPhoneAndPasses() {
        browser.signIn(DemoUsers.LEARNER).click("#exams-link");
        browser.click("#exam-RETAIL-CERT-EXAM");
        browser.find("#exam-start").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#exam-questions li.exam-question")));
        List<WebElement> questions = browser.driver().findElements(By.cssSelector("#exam-questions li.exam-question"));
        assertEquals(15, questions.size());
        assertTrue(browser.text("#exam-timer").matches("(29|30):\\d\\d"), browser.text("#exam-timer"));
        assertFalse(browser.overflowsHorizontally(), "the exam fits a 360 px phone");

        for (WebElement li : questions.subList(0, 8)) {
            answer(li);
        }
        browser.screenshot("exam-taking");

        // A reload resumes the same attempt: the saved answers are there and the clock is the server's.
        browser.driver().navigate().refresh();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#exam-questions li.exam-question")));
        questions = browser.driver().findElements(By.cssSelector("#exam-questions li.exam-question"));
        assertEquals(15, questions.size());
        for (WebElement li : questions.subList(0, 8)) {
            waiting().until(d -> "saved".equals(li.findElement(By.cssSelector(".state")).getAttribute("data-state")));
        }
        assertTrue(browser.text("#exam-progress").startsWith("8 / 15"), browser.text("#exam-progress"));
        for (WebElement li : questions.subList(8, 15)) {
            answer(li);
        }

        browser.find("#exam-submit").click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("exam-result")));
        assertEquals("true", browser.find("#exam-result").getAttribute("data-passed"));
        assertTrue(browser.text("#result-score").contains("100"), browser.text("#result-score"));
        assertEquals(4, browser.driver().findElements(By.cssSelector("#result-sections tbody tr")).size());
        assertTrue(browser.text("#result-sections").contains("Greeting and needs"));
        assertEquals(15, browser.driver().findElements(By.cssSelector("#review li.ok")).size());
        assertTrue(browser.text("#review").contains("GREET-0") || browser.text("#review").contains("NEEDS-0"));
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("exam-result");

        // The pass granted RETAIL-SERVICE (certification module): her certificate, downloaded, then verified in public.
        String code = CertificateSteps.newestCertificate(browser, "RETAIL-SERVICE", "VALID");
        browser.screenshot("certifications-new-hire");
        String pdf = CertificateSteps.downloadPdf(browser, "RETAIL-SERVICE");
        assertTrue(pdf.contains("Anna Petrova") && pdf.contains(code), pdf);
        assertEquals("VALID", CertificateSteps.verifyAnonymously(browser, code, "Anna Petrova"));
        browser.screenshot("verify-new-hire");
    }
}
