package org.firstshift.it;

import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.TrainingCompany;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/me/lessons/{code}/check}: learners only, published lessons only, prerequisites first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonCheckIT {

    @ArquillianResource
    URL base;

    private TrainingCompany company;

    @BeforeEach
    void loadACompanyOfOurOwn() {
        company = new TrainingCompany();
        Api.Reply loaded = company.load(base);
        assertEquals(200, loaded.status(), loaded::toString);
    }

    @ParameterizedTest(name = "{0} may not answer a learner''s check")
    @ValueSource(strings = {"hr", "author", "auditor", "admin"})
    void otherRolesAreRefused(String user) {
        Api.Reply reply = Api.as(base, user).postJson("/api/me/lessons/" + company.meetLesson + "/check", TrainingCompany.rightAnswers());
        assertEquals(403, reply.status(), reply::toString);
    }

    @Test
    void anonymousCallersMustSignIn() {
        assertEquals(401, Api.anonymous(base).postJson("/api/me/lessons/" + company.meetLesson + "/check",
                TrainingCompany.rightAnswers()).status());
    }

    @Test
    void aLessonBehindAnUnfinishedStepIsRefusedAndNothingIsRecorded() {
        Api lena = company.first.api(base);
        Api.Reply locked = lena.postJson("/api/me/lessons/" + company.extraLesson + "/check", TrainingCompany.rightAnswers());
        assertEquals(422, locked.status(), locked::toString);
        assertTrue(locked.body().contains(company.meetLesson), "names the lesson to finish first: " + locked.body());
        assertEquals("NOT_STARTED", status(lena, company.extraLesson));

        lena.postJson("/api/me/lessons/" + company.meetLesson + "/check", TrainingCompany.rightAnswers());
        Api.Reply open = lena.postJson("/api/me/lessons/" + company.extraLesson + "/check", TrainingCompany.rightAnswers());
        assertEquals(200, open.status(), open::toString);
        assertEquals("COMPLETED", status(lena, company.extraLesson));
    }

    @Test
    void theAnswerSaysWhichQuestionsWereWrongAndAFailedCheckKeepsTheLessonOpen() {
        Api mark = company.second.api(base);
        JsonObject wrong = mark.postJson("/api/me/lessons/" + company.partLesson + "/check", TrainingCompany.wrongAnswers()).json();
        assertEquals(false, wrong.getBoolean("passed"));
        assertEquals(0, wrong.getInt("score"));
        assertEquals(false, wrong.getJsonArray("questions").getJsonObject(0).getBoolean("correct"));
        assertEquals("IN_PROGRESS", status(mark, company.partLesson));
    }

    @Test
    void unknownLessonsAndNonsenseAnswersAreRefused() {
        Api lena = company.first.api(base);
        assertEquals(404, lena.postJson("/api/me/lessons/L-NO-SUCH-LESSON/check", TrainingCompany.rightAnswers()).status());
        Api.Reply nonsense = lena.postJson("/api/me/lessons/" + company.meetLesson + "/check", "{\"answers\":{\"first\":2}}");
        assertEquals(422, nonsense.status(), nonsense::toString);
        assertEquals("NOT_STARTED", status(lena, company.meetLesson));
    }

    private static String status(Api learner, String lesson) {
        return learner.get("/api/me/program").json().getJsonArray("programs").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("activities").getValuesAs(JsonObject.class).stream())
                .filter(a -> a.getString("ref").equals(lesson)).findFirst().orElseThrow().getString("status");
    }
}
