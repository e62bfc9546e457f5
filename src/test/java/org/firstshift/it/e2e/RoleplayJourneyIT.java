package org.firstshift.it.e2e;

import org.firstshift.roleplay.domain.Outcome;
import org.firstshift.roleplay.domain.ScenarioGraph;
import org.firstshift.testing.Browser;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.ScenarioPaths;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anna plays the price objection on her phone, once well and once badly, and reads each debrief. */
class RoleplayJourneyIT extends BrowserJourney {


    private void play(List<String> responses) {
        browser.click("#play\\:start");
        for (String r : responses) {
            browser.click("#play input[data-response='" + r + "']");
        }
    }

    @Test
    void theNewHirePlaysThePriceObjectionToAGoodAndABadEnding() {
        ScenarioGraph price = ScenarioPaths.demo("price.yaml");
        browser.signIn(DemoUsers.LEARNER).click("#roleplays-link");
        browser.click("#play-RP-PRICE");
        assertTrue(browser.text("#summary").length() > 20);

        play(ScenarioPaths.best(price, Set.of(Outcome.SALE)));
        String debrief = browser.text("#debrief");
        assertTrue(debrief.contains("a sale") && debrief.contains("passed"), debrief);
        assertTrue(browser.has("#honoured"));
        assertTrue(browser.has("#chat .bubble.customer") && browser.has("#chat .bubble.feedback-good"));
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("roleplay-good");

        play(ScenarioPaths.worst(price, Set.of(Outcome.LEFT, Outcome.COMPLAINT)));
        debrief = browser.text("#debrief");
        assertTrue(debrief.contains("not passed yet"), debrief);
        assertTrue(browser.has("#missed") && browser.has("#lessons a"), "missed rules and the lessons that teach them");
        assertTrue(browser.has("#chat .bubble.feedback-bad"));
        browser.screenshot("roleplay-bad");
    }
}
