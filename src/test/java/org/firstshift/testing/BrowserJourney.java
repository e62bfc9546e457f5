package org.firstshift.testing;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * Base of the browser journeys: one headless Chromium per test class (starting one costs seconds),
 * a clean cookie jar before each test, and the shared deployment's URL. Subclasses choose the
 * window with {@link #onPhone()}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserJourney {

    @ArquillianResource
    protected URL base;

    protected static Browser browser;

    /** Journeys on the floor run on a 360 px phone; office ones (HR, authors, admins) on a desktop. */
    protected boolean onPhone() {
        return true;
    }

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = onPhone() ? Browser.phone(base) : Browser.desktop(base);
        }
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
