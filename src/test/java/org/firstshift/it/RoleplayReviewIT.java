package org.firstshift.it;

import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainee answers in her own words; only her mentor rates the answer against the listed rules. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleplayReviewIT {

    @ArquillianResource
    URL base;

    @Test
    void theMentorRatesHisTraineesOwnWordsRuleByRule() {
        Api anna = Api.as(base, DemoUsers.LEARNER);
        Api.Reply started = anna.post("/api/scenarios/RP-CANNOT-ANSWER/attempts", "application/json", "");
        assertEquals(201, started.status(), started::toString);
        JsonObject turn = started.json();
        assertEquals("free_text", turn.getJsonObject("node").getString("type"));
        long attempt = turn.getJsonNumber("attemptId").longValue();

        assertEquals(422, anna.postJson("/api/roleplay-attempts/" + attempt + "/answers", "{\"text\":\"  \"}").status(),
                "an empty answer is refused");
        assertEquals(422, anna.postJson("/api/roleplay-attempts/" + attempt + "/choices", "{\"responseId\":\"r1\"}").status(),
                "this point asks for words, not a choice");
        String words = "I will check with Mikhail right now and come back in two minutes " + attempt;
        Api.Reply answered = anna.postJson("/api/roleplay-attempts/" + attempt + "/answers", "{\"text\":\"" + words + "\"}");
        assertEquals(200, answered.status(), answered::toString);
        assertEquals("choice", answered.json().getJsonObject("node").getString("type"), "the dialogue goes on");

        JsonObject pending = Api.as(base, DemoUsers.MENTOR).get("/api/mentor/roleplay-reviews").array().stream()
                .map(v -> v.asJsonObject()).filter(a -> a.getString("text").equals(words)).findFirst().orElseThrow();
        long id = pending.getJsonNumber("id").longValue();
        assertTrue(pending.getJsonArray("rules").toString().contains("OBJECT-06"));

        assertEquals(404, Api.as(base, "igor").postJson("/api/mentor/roleplay-reviews/" + id, "{\"kept\":[\"OBJECT-06\"]}").status(),
                "another mentor's trainee");
        assertEquals(403, anna.get("/api/mentor/roleplay-reviews").status());
        assertEquals(422, Api.as(base, DemoUsers.MENTOR).postJson("/api/mentor/roleplay-reviews/" + id, "{\"kept\":[\"GREET-01\"]}").status(),
                "only listed rules can be rated");

        Api.Reply reviewed = Api.as(base, DemoUsers.MENTOR).postJson("/api/mentor/roleplay-reviews/" + id,
                "{\"kept\":[\"OBJECT-06\"],\"comment\":\"Good: you promised to find out.\"}");
        assertEquals(200, reviewed.status(), reviewed::toString);
        assertEquals("[\"OBJECT-06\"]", reviewed.json().getJsonArray("kept").toString());
        assertEquals("[\"OBJECT-07\"]", reviewed.json().getJsonArray("missed").toString());
        assertEquals(422, Api.as(base, DemoUsers.MENTOR).postJson("/api/mentor/roleplay-reviews/" + id, "{\"kept\":[]}").status(),
                "a review is final");
        assertTrue(Api.as(base, DemoUsers.MENTOR).get("/api/mentor/roleplay-reviews").array().stream()
                .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(200, Api.as(base, DemoUsers.MENTOR).get("/mentor/reviews.xhtml").status());
        assertEquals(403, anna.get("/mentor/reviews.xhtml").status());
    }
}
