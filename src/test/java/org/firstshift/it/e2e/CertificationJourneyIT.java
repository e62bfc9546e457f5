package org.firstshift.it.e2e;

import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mikhail, the demo mentor, on his phone: his certification (held before FirstShift) runs out
 * within weeks, so My certifications shows recertification open; he downloads his certificate and
 * anyone can confirm it at its public address. (Anna's journey through the exam to her own
 * certificate is the end of {@link ExamJourneyIT}.)
 */
class CertificationJourneyIT extends BrowserJourney {

    @Test
    void theMentorSeesRecertificationOpenDownloadsHisCertificateAndItVerifiesInPublic() throws Exception {
        browser.signIn(DemoUsers.MENTOR);
        browser.open("/learner/home.xhtml?lang=en");
        String code = CertificateSteps.newestCertificate(browser, "RETAIL-SERVICE", "VALID");
        assertTrue(browser.has("#certification-RETAIL-SERVICE .recert-open"), "recertification is open");
        browser.screenshot("certifications-mentor");
        String pdf = CertificateSteps.downloadPdf(browser, "RETAIL-SERVICE");
        assertTrue(pdf.contains("Mikhail Orlov") && pdf.contains(code), pdf);

        assertEquals("VALID", CertificateSteps.verifyAnonymously(browser, code, "Mikhail Orlov"));
        assertTrue(CertificateSteps.noCookies(browser) || !browser.has("#topbar\\:signout"));
        browser.screenshot("verify-public");

        browser.open("/verify/AAAAAAAAAAAA");
        assertTrue(browser.has("#not-found"), "an unknown code says so");
    }
}
