package org.firstshift.it;

import jakarta.json.JsonObject;
import org.firstshift.roleplay.domain.Outcome;
import org.firstshift.roleplay.domain.ScenarioGraph;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.ScenarioPaths;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Role-plays through the API: playing, refusals, debrief, progress. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleplayIT {

    @ArquillianResource
    URL base;

    private static long start(Api api, String scenario) {
        Api.Reply started = api.post("/api/scenarios/" + scenario + "/attempts", "application/json", "");
        assertEquals(201, started.status(), started::toString);
        return started.json().getJsonNumber("attemptId").longValue();
    }

    private static Api.Reply choose(Api api, long attempt, String response) {
        return api.postJson("/api/roleplay-attempts/" + attempt + "/choices", "{\"responseId\":\"" + response + "\"}");
    }

    @Test
    void sixDemoScenariosAreListedInBothLanguages() {
        var en = Api.as(base, DemoUsers.LEARNER).get("/api/scenarios").array();
        var ru = Api.as(base, DemoUsers.LEARNER).inLanguage("ru").get("/api/scenarios").array();
        assertEquals(6, en.size());
        Set<String> objections = new java.util.HashSet<>();
        en.forEach(s -> objections.add(s.asJsonObject().getString("objection")));
        assertEquals(Set.of("price", "origin", "think", "information", "cannot-answer", "complaint"), objections);
        assertTrue(ru.getJsonObject(0).getString("title").matches(".*[а-яА-Я].*"));
    }

    @Test
    void aStartedRolePlayOpensWithTheCustomerAndHidesTheAnswerKey() {
        Api.Reply started = Api.as(base, DemoUsers.MENTOR).post("/api/scenarios/RP-PRICE/attempts", "application/json", "");
        assertEquals(201, started.status());
        JsonObject turn = started.json();
        assertFalse(turn.getJsonArray("customerLines").isEmpty(), "the customer speaks first");
        assertEquals("choice", turn.getJsonObject("node").getString("type"));
        assertTrue(turn.getJsonObject("node").getJsonArray("responses").size() >= 2);
        assertFalse(started.body().contains("\"score\":10") || started.body().contains("honours"), "no scores or rules before choosing");
    }

    @Test
    void aResponseNotOfferedHereIsRefusedAndChangesNothing() throws Exception {
        Api mikhail = Api.as(base, DemoUsers.MENTOR);
        long attempt = start(mikhail, "RP-PRICE");
        ScenarioGraph g = ScenarioPaths.demo("price.yaml");
        String later = ScenarioPaths.best(g, Set.of(Outcome.SALE)).get(1);
        Api.Reply refused = choose(mikhail, attempt, later);
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("not offered"), refused::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM roleplay_choice WHERE attempt_id = ?", attempt));
    }

    @Test
    void nobodyPlaysOrReadsAnotherLearnersAttempt() {
        long attempt = start(Api.as(base, DemoUsers.MENTOR), "RP-ORIGIN");
        String first = ScenarioPaths.best(ScenarioPaths.demo("origin.yaml"), Set.of(Outcome.SALE)).get(0);
        assertEquals(404, choose(Api.as(base, "daria"), attempt, first).status());
        assertEquals(404, Api.as(base, "daria").get("/api/roleplay-attempts/" + attempt).status());
        assertEquals(403, Api.as(base, DemoUsers.HR).post("/api/scenarios/RP-ORIGIN/attempts", "application/json", "").status());
        assertEquals(200, Api.as(base, DemoUsers.MENTOR).get("/api/roleplay-attempts/" + attempt).status());
    }

    @Test
    void playingTheBestPathPassesWithADebriefAndCompletesTheProgramStep() {
        Api mikhail = Api.as(base, DemoUsers.MENTOR);
        ScenarioGraph g = ScenarioPaths.demo("think-about-it.yaml");
        long attempt = start(mikhail, "RP-THINK");
        JsonObject last = null;
        for (String response : ScenarioPaths.best(g, Set.of(Outcome.SALE, Outcome.SATISFIED))) {
            Api.Reply reply = choose(mikhail, attempt, response);
            assertEquals(200, reply.status(), reply::toString);
            last = reply.json();
            assertFalse(last.getJsonObject("feedback").getString("text").isBlank(), "every choice explains itself");
        }
        assertTrue(last.getBoolean("finished"));
        JsonObject debrief = last.getJsonObject("debrief");
        assertTrue(debrief.getBoolean("passed"), debrief::toString);
        assertTrue(debrief.getInt("percent") >= debrief.getInt("passMark"));
        assertFalse(debrief.getJsonArray("honoured").isEmpty());

        var step = mikhail.get("/api/me/program").json().getJsonArray("programs").stream().map(p -> p.asJsonObject())
                .filter(p -> p.getString("id").equals("ONBOARD-SALES")).findFirst().orElseThrow()
                .getJsonArray("activities").stream().map(a -> a.asJsonObject())
                .filter(a -> a.getString("ref").equals("RP-THINK")).findFirst().orElseThrow();
        assertEquals("COMPLETED", step.getString("status"));
        assertEquals("roleplay", step.getString("type"));

        var listed = mikhail.get("/api/scenarios").array().stream().map(s -> s.asJsonObject())
                .filter(s -> s.getString("id").equals("RP-THINK")).findFirst().orElseThrow();
        assertEquals(debrief.getInt("percent"), listed.getInt("best"));
    }

    @Test
    void aBadPathEndsBadlyAndPointsToTheLessonsForTheMissedRules() {
        Api mikhail = Api.as(base, DemoUsers.MENTOR);
        ScenarioGraph g = ScenarioPaths.demo("complaint.yaml");
        long attempt = start(mikhail, "RP-COMPLAINT");
        List<String> path = ScenarioPaths.worst(g, Set.of(Outcome.LEFT, Outcome.COMPLAINT));
        JsonObject last = null;
        for (String response : path) {
            last = choose(mikhail, attempt, response).json();
        }
        JsonObject debrief = last.getJsonObject("debrief");
        assertFalse(debrief.getBoolean("passed"));
        assertFalse(debrief.getBoolean("good"));
        assertFalse(debrief.getJsonArray("missed").isEmpty());
        assertFalse(debrief.getJsonArray("lessons").isEmpty(), "missed rules lead to the lessons that teach them");
        assertEquals(422, choose(mikhail, attempt, path.get(0)).status(), "nothing is chosen after the end");
    }

    @Test
    void authorsSeeHowOftenEachResponseWasChosen() {
        Api mikhail = Api.as(base, DemoUsers.MENTOR);
        long attempt = start(mikhail, "RP-INFORMATION");
        String first = ScenarioPaths.best(ScenarioPaths.demo("no-information.yaml"), Set.of(Outcome.SALE)).get(0);
        assertEquals(200, choose(mikhail, attempt, first).status());
        Api.Reply page = Api.as(base, DemoUsers.AUTHOR).get("/author/scenarios.xhtml?code=RP-INFORMATION");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("data-response=\"" + first + "\""), "the analytics list the response");
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/author/scenarios.xhtml").status());
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/hr/objections.xhtml").status());
        assertEquals(200, Api.as(base, DemoUsers.HR).get("/hr/objections.xhtml").status());
    }
}
