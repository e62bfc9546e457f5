package org.firstshift.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TrainingCompany;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new version of a standard reaches exactly the people who learned what changed: only a learner
 * who completed a lesson teaching a changed rule gets a refresher, for that lesson and rule only,
 * and nobody's progress is reset. Black-box: content upload, the learner API and /api/me/program.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StandardPublishingIT {

    @ArquillianResource
    URL base;

    @Test
    void aChangedRuleSendsARefresherOnlyToTheLearnerWhoCompletedTheLessonTeachingIt() {
        TrainingCompany company = new TrainingCompany();
        Api.Reply loaded = company.load(base);
        assertEquals(200, loaded.status(), loaded::toString);
        Api lena = company.first.api(base);
        Api mark = company.second.api(base);

        Api.Reply wrong = lena.postJson("/api/me/lessons/" + company.meetLesson + "/check", TrainingCompany.wrongAnswers());
        assertEquals(200, wrong.status(), wrong::toString);
        assertFalse(wrong.json().getBoolean("passed"));
        assertFalse(wrong.json().getBoolean("completed"), "a wrong answer does not complete the lesson");
        Api.Reply right = lena.postJson("/api/me/lessons/" + company.meetLesson + "/check", TrainingCompany.rightAnswers());
        assertEquals(200, right.status(), right::toString);
        assertTrue(right.json().getBoolean("completed"), right::toString);
        // Mark completes only the lesson of a rule that will not change.
        Api.Reply markDone = mark.postJson("/api/me/lessons/" + company.partLesson + "/check", TrainingCompany.rightAnswers());
        assertTrue(markDone.json().getBoolean("completed"), markDone::toString);

        JsonObject lenaBefore = program(lena);
        assertEquals(0, lenaBefore.getJsonArray("refreshers").size());
        assertEquals("COMPLETED", status(lenaBefore, company.meetLesson));

        Api.Reply published = company.publishChangedGreeting(base, "Greet every customer within 10 seconds, with eye contact.");
        assertEquals(200, published.status(), published::toString);
        assertEquals(2, publishedVersion(company.standard), "loading the changed file publishes version 2");

        JsonArray lenaRefreshers = program(lena).getJsonArray("refreshers");
        assertEquals(1, lenaRefreshers.size(), lenaRefreshers::toString);
        JsonObject refresher = lenaRefreshers.getJsonObject(0);
        assertEquals(company.meetLesson, refresher.getString("lesson"));
        assertEquals(List.of(company.greetRule), refresher.getJsonArray("rules").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "only the changed rule, not the lesson's other one");
        assertEquals(0, program(mark).getJsonArray("refreshers").size(), "Mark never learned the changed rule");

        JsonObject lenaAfter = program(lena);
        assertEquals("COMPLETED", status(lenaAfter, company.meetLesson), "the refresher does not reset the lesson");
        assertEquals(lenaBefore.getInt("percentDone"), lenaAfter.getInt("percentDone"));
        assertEquals("COMPLETED", status(program(mark), company.partLesson));

        Api.Reply again = company.publishChangedGreeting(base, "Greet every customer within 10 seconds, with eye contact.");
        assertEquals(200, again.status(), again::toString);
        assertEquals(2, publishedVersion(company.standard), "the same content again publishes nothing");
        assertEquals(1, program(lena).getJsonArray("refreshers").size());
    }

    private static JsonObject program(Api learner) {
        Api.Reply reply = learner.get("/api/me/program");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static String status(JsonObject program, String lesson) {
        return program.getJsonArray("programs").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("activities").getValuesAs(JsonObject.class).stream())
                .filter(a -> a.getString("ref").equals(lesson)).findFirst().orElseThrow().getString("status");
    }

    private int publishedVersion(String standard) {
        return Api.as(base, DemoUsers.AUTHOR).get("/api/standards").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("id").equals(standard)).findFirst().orElseThrow().getInt("publishedVersion");
    }
}
