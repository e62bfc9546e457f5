package org.firstshift.it.e2e;

import org.firstshift.testing.Api;
import org.firstshift.testing.Browser;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helen opens the learning view from the people page, narrows it to one store, and downloads it. */
class LearningReportJourneyIT extends BrowserJourney {


    @Test
    void hrFiltersTheLearningViewByStoreAndDownloadsTheSameRows() throws Exception {
        browser.signIn(DemoUsers.HR);
        browser.click("#learning-link");
        assertEquals("Learning progress", browser.heading());
        assertTrue(browser.text("#readiness").contains("Tom Fischer"), "before filtering, the mall's staff are listed too");

        new Select(browser.find("#location")).selectByValue("STORE-CENTRAL");
        browser.click("#go");
        assertTrue(browser.path().contains("location=STORE-CENTRAL"), "the filter is in the address: " + browser.path());
        String readiness = browser.text("#readiness");
        assertTrue(readiness.contains("Anna Petrova"), readiness);
        assertFalse(readiness.contains("Tom Fischer"), "Tom works at the mall");
        assertTrue(browser.text("#by-store").contains("Central Avenue"), browser.text("#by-store"));
        assertFalse(browser.text("#by-store").contains("Riverside"), browser.text("#by-store"));
        assertFalse(browser.overflowsHorizontally(), "the tables turn into cards on a 360 px phone");
        assertFalse(browser.driver().getPageSource().contains("???"), "every text has a message");
        browser.screenshot("hr-learning-central");

        String href = browser.find("#download-csv").getAttribute("href");
        assertTrue(href.contains("format=csv") && href.contains("location=STORE-CENTRAL"), href);
        HttpResponse<String> csv = fetchWithTheBrowsersSession(href);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(csv.body().contains("NW-1001,Anna Petrova,STORE-CENTRAL"), csv.body());
        assertFalse(csv.body().contains("NW-1010"), "Tom (mall) is not in the central store's file");

        Api.Reply sameThroughTheApi = Api.as(base, DemoUsers.HR).get(href.substring(href.indexOf("/api/")));
        assertEquals(200, sameThroughTheApi.status());
        assertTrue(browser.find("#download-xlsx").getAttribute("href").contains("format=xlsx"));
    }

    /** The link is fetched as the signed-in browser would: with its session cookie, no password. */
    private HttpResponse<String> fetchWithTheBrowsersSession(String href) throws IOException, InterruptedException {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : browser.driver().manage().getCookies()) {
            cookies.append(cookies.length() == 0 ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies.toString()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anOverdueCourseLeadsHrToWhyItIsNotComplete() {
        String number = "OD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = "Olga Overdue " + number;
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"%s","hireDate":"%s","position":"SALES_CONSULTANT",
                 "location":"STORE-CENTRAL","language":"en","username":"%s","roles":["LEARNER"]}"""
                .formatted(number, name, LocalDate.now(Clock.systemUTC()).minusDays(20), number.toLowerCase()));
        assertEquals(201, created.status(), created::toString);

        browser.signIn(DemoUsers.HR).open("/hr/learning.xhtml?location=STORE-CENTRAL");
        WebElement why = browser.driver().findElement(By.xpath(
                "//table[@id='overdue']//tr[td[contains(., '" + name + "')]]//a[contains(@class, 'why-link') and contains(., 'Greeting basics')]"));
        browser.click(why);
        assertTrue(browser.path().startsWith("/hr/package-status.xhtml?ref=greeting-basics-12&employee="), browser.path());
        assertTrue(browser.text("#package-status-admin").contains(name), browser.text("main"));
        browser.driver().navigate().back();
        assertTrue(browser.driver().findElements(By.xpath(
                "//table[@id='overdue']//tr[td[contains(., '" + name + "')] and not(.//a)]")).size() > 0,
                "her overdue lessons have no status page, so no link");
    }

    @Test
    void theLearningViewIsForHrOnly() {
        browser.signIn(DemoUsers.LEARNER);
        browser.open("/hr/learning.xhtml");
        assertEquals("Not for your role", browser.heading());
    }
}
