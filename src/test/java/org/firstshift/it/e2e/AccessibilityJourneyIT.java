package org.firstshift.it.e2e;

import org.firstshift.testing.Accessibility;
import org.firstshift.testing.Browser;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * WCAG 2.1 AA on every main page: each role signs in once (one browser session per role, on the
 * window it works on: phones on the floor, desktops in the office) and axe-core checks every page of
 * that role's menu, plus the pages one link deeper (a lesson, a role-play, an employee, a rule...).
 * A page that would need a particular record reaches it by following the first link of its list,
 * so the journey checks what the demo company really shows. All violations of a role are listed
 * together, page by page, before the test fails.
 */
class AccessibilityJourneyIT extends BrowserJourney {

    /** Pages per role; "page -> part of an href" means: open page, then follow its first link containing that part. */
    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(DemoUsers.LEARNER, true, List.of(
                        "/learner/home.xhtml", "/learner/lesson.xhtml?ref=L-GREET",
                        "/learner/roleplays.xhtml", "/learner/roleplays.xhtml -> /learner/roleplay.xhtml?ref=",
                        "/learner/exams.xhtml", "/learner/exam.xhtml?id=RETAIL-CERT-EXAM",
                        "/learner/certifications.xhtml", "/learner/tier.xhtml", "/learner/shadowing.xhtml",
                        "/profile/notices.xhtml", "/profile/tokens.xhtml",
                        "/learner/package.xhtml?ref=greeting-approach-2004", "/learner/package.xhtml?ref=cash-desk-cmi5")),
                Arguments.of(DemoUsers.MENTOR, true, List.of(
                        "/mentor/home.xhtml", "/mentor/signoff.xhtml",
                        "/mentor/home.xhtml -> /mentor/shadowing.xhtml?trainee=",
                        "/mentor/reviews.xhtml", "/mentor/audits.xhtml", "/profile/notices.xhtml")),
                Arguments.of(DemoUsers.HR, false, List.of(
                        "/hr/home.xhtml", "/hr/home.xhtml -> /hr/employee.xhtml?id=", "/hr/employee.xhtml",
                        "/hr/import.xhtml", "/hr/learning.xhtml", "/hr/objections.xhtml", "/hr/organisation.xhtml",
                        "/hr/shadowing.xhtml", "/hr/tiers.xhtml", "/hr/certifications.xhtml", "/hr/audits.xhtml",
                        "/profile/notices.xhtml")),
                Arguments.of(DemoUsers.AUDITOR, true, List.of(
                        "/auditor/home.xhtml", "/auditor/visit.xhtml", "/auditor/import.xhtml")),
                Arguments.of(DemoUsers.AUTHOR, false, List.of(
                        "/author/home.xhtml", "/author/home.xhtml -> /author/standard.xhtml?code=",
                        "/author/home.xhtml -> /author/course.xhtml?code=", "/author/rule.xhtml?id=GREET-01",
                        "/author/exams.xhtml", "/author/exams.xhtml -> /author/exam-analysis.xhtml?id=",
                        "/author/scenarios.xhtml", "/author/scenarios.xhtml -> /author/scenarios.xhtml?code=",
                        "/author/shadowing.xhtml", "/author/shadowing.xhtml -> /author/shadowing-plan.xhtml?code=")),
                Arguments.of(DemoUsers.ADMIN, false, List.of(
                        "/admin/home.xhtml", "/admin/audit.xhtml", "/admin/integration.xhtml", "/admin/shadowing.xhtml",
                        "/admin/lti.xhtml", "/admin/xapi-keys.xhtml")));
    }

    @ParameterizedTest(name = "{0}: every page has no WCAG 2.1 AA violation")
    @MethodSource("roles")
    void everyPageOfTheRolePassesAxe(String user, boolean phone, List<String> pages) {
        browser.driver().manage().window().setSize(phone ? Browser.PHONE : Browser.DESKTOP);
        browser.signIn(user);
        assertFalse(browser.path().startsWith("/login.xhtml"), user + " is signed in");
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        for (String page : pages) {
            String[] step = page.split(" -> ");
            browser.open(step[0]);
            if (step.length == 2) {
                browser.open(firstLink(step[1], step[0]));
            }
            assertFalse(browser.path().startsWith("/login.xhtml") || browser.path().startsWith("/error/"),
                    user + " may open " + page + " (landed on " + browser.path() + ")");
            List<String> violations = Accessibility.violations(browser.driver());
            if (!violations.isEmpty()) {
                found.put(browser.path(), violations);
            }
        }
        browser.signOut();
        report(user, found);
    }

    @Test
    void thePublicPagesPassAxe() {
        browser.driver().manage().window().setSize(Browser.PHONE);
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        for (String page : List.of("/login.xhtml", "/verify.xhtml", "/verify.xhtml?code=AAAAAAAAAAAA")) {
            browser.open(page);
            List<String> violations = Accessibility.violations(browser.driver());
            if (!violations.isEmpty()) {
                found.put(page, violations);
            }
        }
        browser.signIn(DemoUsers.AUTHOR, "a-wrong-password");
        assertTrue(browser.has("#messages"), "the login page shows its error");
        List<String> afterError = Accessibility.violations(browser.driver());
        if (!afterError.isEmpty()) {
            found.put("/login.xhtml (wrong password)", afterError);
        }
        report("anonymous", found);
    }

    /** The pages people land on when something is wrong: not found, and another role's page. */
    @Test
    void theErrorPagesPassAxe() {
        browser.driver().manage().window().setSize(Browser.PHONE);
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        browser.open("/no-such-page.xhtml");
        assertTrue(browser.has("h1"), "the not-found page has a heading");
        List<String> notFound = Accessibility.violations(browser.driver());
        if (!notFound.isEmpty()) {
            found.put("not found", notFound);
        }
        browser.signIn(DemoUsers.LEARNER).open("/hr/home.xhtml");
        assertTrue(browser.has("h1"), "the forbidden page has a heading");
        List<String> forbidden = Accessibility.violations(browser.driver());
        if (!forbidden.isEmpty()) {
            found.put("forbidden", forbidden);
        }
        browser.signOut();
        report("error pages", found);
    }

    /** The path of the first link on the page whose href contains the given part. */
    private String firstLink(String hrefPart, String listPage) {
        for (WebElement a : browser.driver().findElements(By.cssSelector("a[href]"))) {
            String href = a.getAttribute("href");
            int at = href.indexOf(hrefPart);
            if (at >= 0) {
                return href.substring(at);
            }
        }
        return fail(listPage + " links to no " + hrefPart + " (the demo company should show one)");
    }

    private static void report(String who, Map<String, List<String>> found) {
        if (!found.isEmpty()) {
            List<String> lines = new ArrayList<>();
            found.forEach((page, violations) -> {
                lines.add(page);
                violations.forEach(v -> lines.add("    " + v));
            });
            fail("WCAG 2.1 AA violations for " + who + ":\n" + String.join("\n", lines));
        }
    }
}
