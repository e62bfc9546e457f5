package org.firstshift.it.e2e;

import org.firstshift.testing.Browser;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every demo user signs in on a phone, lands on their home, and signs out; languages switch. */
class SignInJourneyIT extends BrowserJourney {


    /** Mikhail (mentor) and Pavel (auditor) prefer Russian in their demo profiles; the others English. */
    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "newhire, /learner/home.xhtml, My onboarding",
            "mentor,  /mentor/home.xhtml,  Мои стажёры",
            "hr,      /hr/home.xhtml,      People",
            "auditor, /auditor/home.xhtml, Проверки",
            "author,  /author/home.xhtml,  Content",
            "admin,   /admin/home.xhtml,   Administration",
    })
    void eachDemoUserSignsInToTheirHomeAndOut(String user, String home, String heading) {
        browser.signIn(user);
        assertEquals(home, browser.path());
        assertEquals(heading, browser.heading());
        assertEquals(user, browser.text("#who"));
        assertFalse(browser.overflowsHorizontally(), "the home page fits a 360 px phone");
        browser.screenshot("home-" + user);
        browser.signOut();
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertTrue(browser.has("#signed-out"));
        browser.open(home);
        assertTrue(browser.path().startsWith("/login.xhtml?next="), "signed out means signed out: " + browser.path());
    }

    @Test
    void aWrongPasswordShowsAnErrorAndStaysOnTheLoginPage() {
        browser.signIn(DemoUsers.AUTHOR, "wrong-password");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertTrue(browser.text("#messages").contains("user name or password is wrong"), browser.text("#messages"));
    }

    @Test
    void theLearnerSwitchesToRussianAndTheChoiceIsRemembered() {
        browser.signIn(DemoUsers.LEARNER);
        try {
            browser.click("#topbar\\:lang-ru");
            assertEquals("Моя адаптация", browser.heading());
            assertTrue(browser.text("#profile").contains("Продавец-консультант"), browser.text("#profile"));
            browser.signOut();
            browser.signIn(DemoUsers.LEARNER);
            assertEquals("Моя адаптация", browser.heading(), "the language is kept in the profile");
        } finally {
            browser.click("#topbar\\:lang-en");
        }
        assertEquals("My onboarding", browser.heading());
    }

    @Test
    void aLearnerWhoOpensAnHrPageIsToldItIsNotForTheirRole() {
        browser.signIn(DemoUsers.LEARNER);
        browser.open("/hr/home.xhtml");
        assertEquals("Not for your role", browser.heading());
    }

    @Test
    void afterSignInTheRequestedPageOpens() {
        browser.open("/admin/audit.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml?next="));
        browser.type("#login\\:username", DemoUsers.ADMIN).type("#login\\:password", DemoUsers.passwordOf(DemoUsers.ADMIN))
                .click("#login\\:submit");
        assertEquals("/admin/audit.xhtml", browser.path());
    }
}
