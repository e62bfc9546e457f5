package org.firstshift.elearning.records.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.firstshift.elearning.xapi.domain.StatementValidator;
import org.firstshift.elearning.xapi.domain.XapiVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityStatementsTest {
    static final JsonObject ANNA = agent("newhire", "Anna");
    static final JsonObject IGOR = agent("mentor", "Igor");
    static final Instant START = Instant.parse("2026-12-03T08:00:00Z");

    static JsonObject agent(String user, String name) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", name)
                .add("account", Json.createObjectBuilder().add("homePage", "https://lms.example/xapi").add("name", user)).build();
    }

    static void valid(List<JsonObject> statements) {
        statements.forEach(s -> new StatementValidator(XapiVersion.V2_0_0).validate(s));
    }

    static String verb(JsonObject s) {
        return s.getJsonObject("verb").getString("id");
    }

    @Test
    void aPassedExamIsPassedAndCompletedWithScaledScoreAndDuration() {
        var score = new ActivityStatements.ExamScore(41, "till-basics", 2, 85.0, 80, true, false, 17, 20, START, START.plusSeconds(754));
        List<JsonObject> out = ActivityStatements.exam(score, ANNA);
        valid(out);
        assertEquals(List.of(ActivityStatements.PASSED, ActivityStatements.COMPLETED), out.stream().map(ActivityStatementsTest::verb).toList());
        JsonObject passed = out.get(0);
        assertEquals("urn:x-firstshift:exam:till-basics", passed.getJsonObject("object").getString("id"));
        assertEquals(ActivityStatements.ASSESSMENT, passed.getJsonObject("object").getJsonObject("definition").getString("type"));
        JsonObject result = passed.getJsonObject("result");
        assertEquals(0.85, result.getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);
        assertEquals(17, result.getJsonObject("score").getInt("raw"));
        assertEquals(20, result.getJsonObject("score").getInt("max"));
        assertTrue(result.getBoolean("success"));
        assertEquals("PT12M34S", result.getString("duration"));
        assertEquals(out.get(0).getJsonObject("context").getString("registration"), out.get(1).getJsonObject("context").getString("registration"));
        // the same event again gives the same ids: the LRS stores it once
        assertEquals(out, ActivityStatements.exam(score, ANNA));
    }

    @Test
    void aFailedExamIsFailedAndAnotherAttemptHasOtherIds() {
        var failed = new ActivityStatements.ExamScore(42, "till-basics", 3, 40.0, 80, false, true, 8, 20, START, START.plusSeconds(60));
        List<JsonObject> out = ActivityStatements.exam(failed, ANNA);
        valid(out);
        assertEquals(ActivityStatements.FAILED, verb(out.get(0)));
        assertFalse(out.get(0).getJsonObject("result").getBoolean("success"));
        assertTrue(out.get(0).getJsonObject("context").getJsonObject("extensions").getBoolean(ActivityStatements.EXTENSIONS + "closed-by-deadline"));
        var other = new ActivityStatements.ExamScore(41, "till-basics", 2, 40.0, 80, false, false, 8, 20, START, START.plusSeconds(60));
        assertNotEquals(out.get(1).getString("id"), ActivityStatements.exam(other, ANNA).get(1).getString("id"));
    }

    @Test
    void aCertificationIsEarnedWithItsValidityAndTheExamAttemptsRegistration() {
        JsonObject s = ActivityStatements.certification(new ActivityStatements.Certificate(9, "food-safety", LocalDate.of(2026, 12, 3),
                LocalDate.of(2027, 12, 2), false, 41L, START), ANNA);
        valid(List.of(s));
        assertEquals(ActivityStatements.EARNED, verb(s));
        assertEquals("urn:x-firstshift:certification:food-safety", s.getJsonObject("object").getString("id"));
        assertEquals("2027-12-02", s.getJsonObject("result").getJsonObject("extensions").getString(ActivityStatements.EXTENSIONS + "valid-until"));
        assertEquals(ActivityStatements.exam(new ActivityStatements.ExamScore(41, "x", 1, 90, 80, true, false, 9, 10, START, START), ANNA)
                .get(0).getJsonObject("context").getString("registration"), s.getJsonObject("context").getString("registration"));
        JsonObject noExam = ActivityStatements.certification(new ActivityStatements.Certificate(10, "food-safety", LocalDate.of(2026, 12, 3),
                null, true, null, START), ANNA);
        valid(List.of(noExam));
        assertFalse(noExam.getJsonObject("context").containsKey("registration"));
    }

    @Test
    void aRoleplayIsCompletedWithSuccessAgainstThePassMarkAndEachChoiceResponded() {
        var r = new ActivityStatements.Roleplay(5, "refund-angry", "An angry refund", 6, 10, 60, 70, false, START, START.plusSeconds(90),
                List.of(new ActivityStatements.Choice(1, "greet", "smile", 4, List.of("R-GREET-1"), List.of(), START.plusSeconds(10)),
                        new ActivityStatements.Choice(2, "refund", "argue", 2, List.of(), List.of("R-CALM-2", "R-REF-3"), START.plusSeconds(50))));
        List<JsonObject> out = ActivityStatements.roleplay(r, ANNA);
        valid(out);
        assertEquals(List.of(ActivityStatements.RESPONDED, ActivityStatements.RESPONDED, ActivityStatements.COMPLETED),
                out.stream().map(ActivityStatementsTest::verb).toList());
        JsonObject argue = out.get(1);
        assertEquals("urn:x-firstshift:roleplay:refund-angry/node/refund", argue.getJsonObject("object").getString("id"));
        assertEquals("argue", argue.getJsonObject("result").getString("response"));
        assertEquals(List.of("R-CALM-2", "R-REF-3"), argue.getJsonObject("context").getJsonObject("extensions")
                .getJsonArray(ActivityStatements.EXTENSIONS + "rules-broken").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject completed = out.get(2);
        assertFalse(completed.getJsonObject("result").getBoolean("success"));
        assertEquals(0.6, completed.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);
        assertEquals("An angry refund", completed.getJsonObject("object").getJsonObject("definition").getJsonObject("name").getString("en-US"));
        assertEquals(3, out.stream().map(s -> s.getString("id")).distinct().count());
    }

    @Test
    void aSignOffNamesTheMentorAsInstructorAndReadsTheRating() {
        JsonObject s = ActivityStatements.signOff(new ActivityStatements.SignOff(77, false, "barista", "steam-milk", "Steam milk",
                LocalDate.of(2026, 12, 3), "INDEPENDENTLY", START), ANNA, IGOR);
        valid(List.of(s));
        assertEquals(ActivityStatements.COMPLETED, verb(s));
        assertEquals(IGOR, s.getJsonObject("context").getJsonObject("instructor"));
        assertTrue(s.getJsonObject("result").getBoolean("success"));
        assertEquals("urn:x-firstshift:shadowing-task:barista%2Fsteam-milk", s.getJsonObject("object").getString("id"));
        JsonObject notYet = ActivityStatements.signOff(new ActivityStatements.SignOff(78, true, "barista", "steam-milk", "Steam milk",
                LocalDate.of(2026, 12, 3), "NOT_YET", START), ANNA, null);
        valid(List.of(notYet));
        assertEquals(ActivityStatements.ATTEMPTED, verb(notYet));
        assertFalse(notYet.getJsonObject("result").getBoolean("success"));
        assertFalse(notYet.getJsonObject("context").containsKey("instructor"));
    }

    @Test
    void durationsNeedBothEndsInOrder() {
        assertEquals("PT1.5S", ActivityStatements.duration(START, START.plusMillis(1500)));
        assertNull(ActivityStatements.duration(START, START.minusSeconds(1)));
        assertNull(ActivityStatements.duration(null, START));
    }
}
