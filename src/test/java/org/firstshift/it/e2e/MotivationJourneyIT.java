package org.firstshift.it.e2e;

import jakarta.json.JsonObject;
import org.firstshift.roleplay.domain.Outcome;
import org.firstshift.roleplay.domain.ScenarioGraph;
import org.firstshift.testing.Api;
import org.firstshift.testing.BrowserJourney;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.ScenarioPaths;
import org.firstshift.testing.TestDatabase;
import org.firstshift.testing.TrainingCompany;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo new hire opens her tier card on her phone and tries the what-if; a learner passes a
 * role-play, and HR approves the pay-grade change it made them eligible for, after which the
 * learner's card shows the new tier.
 */
class MotivationJourneyIT extends BrowserJourney {

    private static void passRolePlay(Api api) {
        ScenarioGraph g = ScenarioPaths.demo("think-about-it.yaml");
        Api.Reply started = api.post("/api/scenarios/RP-THINK/attempts", "application/json", "");
        assertEquals(201, started.status(), started::toString);
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        JsonObject last = null;
        for (String response : ScenarioPaths.best(g, Set.of(Outcome.SALE, Outcome.SATISFIED))) {
            last = api.postJson("/api/roleplay-attempts/" + attempt + "/choices", "{\"responseId\":\"" + response + "\"}").json();
        }
        assertTrue(last.getJsonObject("debrief").getBoolean("passed"), last::toString);
    }

    @Test
    void theNewHireSeesHerTierCardWithTheExplanationOnHerPhone() {
        browser.signIn(DemoUsers.LEARNER).click("#tier-link");
        String tier = browser.text("#tier-name");
        assertFalse(tier.isBlank());
        assertTrue(browser.text("#explanation").startsWith("You are a"), browser.text("#explanation"));
        assertTrue(browser.text("#explanation").contains("(pay grade " + browser.text("#pay-grade") + ")"));
        JsonObject api = Api.as(base, DemoUsers.LEARNER).get("/api/me/tier").json();
        assertEquals(api.getString("tierName"), tier, "the page and the API agree");
        assertTrue(browser.has("#next .mo-conditions li[data-met='false']"), "what is missing for the next tier is listed");
        browser.type("#whatif\\:audit", "95").click("#whatif\\:try");
        assertTrue(browser.text("#what-if-answer").startsWith("If your next audit is 95%, you would"), browser.text("#what-if-answer"));
        assertFalse(browser.overflowsHorizontally(), "the card fits a 360 px phone");
        browser.screenshot("motivation-tier-card");
    }

    @Test
    void hrApprovesThePayGradeChangeAPassedRolePlayMadeTheLearnerEligibleFor() throws Exception {
        TrainingCompany company = new TrainingCompany();
        assertEquals(200, company.load(base).status());
        Api lena = company.first.api(base);
        assertEquals("TRAINEE", lena.get("/api/me/tier").json().getString("tier"));
        passRolePlay(lena);
        long id = TestDatabase.count("SELECT id FROM employee WHERE personnel_number = ?", company.first.personnelNumber);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM tier_change WHERE employee_id = ? AND status = 'PENDING'", id));

        browser.signIn(DemoUsers.HR).click("#tiers-link");
        String row = "#changes tr[data-employee='" + company.first.personnelNumber + "']";
        assertTrue(browser.text(row).contains("CONSULTANT / G2"), browser.text(row));
        browser.screenshot("motivation-hr-pending");
        browser.click(row + " input[id$='approve']");
        assertFalse(browser.has(row), "no longer pending");
        assertEquals("G2", Api.as(base, DemoUsers.HR).get("/api/employees/" + id).json().getString("payGrade"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM tier_change WHERE employee_id = ? AND status = 'APPROVED' AND decided_by = 'hr'", id));
        browser.signOut();

        browser.signIn(company.first.username, company.first.password).open("/learner/tier.xhtml");
        assertEquals("Consultant", browser.text("#tier-name"));
        assertEquals("G2", browser.text("#pay-grade"));
        assertFalse(browser.overflowsHorizontally());
        browser.screenshot("motivation-after-approval");
    }
}
