package org.firstshift.it.e2e;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.firstshift.testing.Browser;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Browser steps of the certification module that journeys share: on "My certifications", take the
 * newest certificate, download its PDF with the browser's own session (and read it back), then,
 * signed out, open its public verification page.
 */
final class CertificateSteps {
    private CertificateSteps() {
    }

    /** The certificate code shown first (newest) for {@code certification}, from My certifications. */
    static String newestCertificate(Browser browser, String certification, String expectedStatus) {
        browser.open("/learner/home.xhtml").click("#certifications-link");
        WebElement card = browser.find("#certification-" + certification);
        assertEquals(expectedStatus, card.getAttribute("data-status"));
        assertFalse(browser.overflowsHorizontally(), "My certifications fits a 360 px phone");
        return browser.find("#certification-" + certification + " li.cycle").getAttribute("data-code");
    }

    /** Downloads the PDF behind the first download link, as the signed-in browser; returns its text. */
    static String downloadPdf(Browser browser, String certification) {
        try {
            return download(browser, certification);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String download(Browser browser, String certification) throws IOException, InterruptedException {
        String href = browser.find("#certification-" + certification + " li.cycle a.download-pdf").getAttribute("href");
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), "download " + href);
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(r.body(), 0, 4), "a real PDF");
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Signed out, the public page confirms the certificate: returns the page's verdict status. */
    static String verifyAnonymously(Browser browser, String code, String holder) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/verify/" + code);
        assertFalse(browser.has("#topbar\\:signout"), "nobody is signed in");
        assertEquals(holder, browser.text("#holder"));
        assertEquals(code, browser.text("#code"));
        assertFalse(browser.overflowsHorizontally(), "the verification page fits a phone");
        return browser.find("#verdict").getAttribute("data-status");
    }

    static boolean noCookies(Browser browser) {
        return browser.driver().manage().getCookies().stream().map(Cookie::getName).findAny().isEmpty();
    }
}
