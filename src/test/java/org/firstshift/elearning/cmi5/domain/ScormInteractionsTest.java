package org.firstshift.elearning.cmi5.domain;

import jakarta.json.JsonObject;
import org.firstshift.elearning.xapi.domain.StatementValidator;
import org.firstshift.elearning.xapi.domain.XapiVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.firstshift.elearning.cmi5.domain.ScormStatementsTest.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScormInteractionsTest {

    static ScormStatements.Change commit(List<Map.Entry<String, String>> set) {
        return new ScormStatements.Change(ScormStatements.Kind.COMMITTED, 7, "pkg.one/item 1", "Till", set, "incomplete",
                "unknown", null, Instant.parse("2026-12-03T08:00:00Z"));
    }

    static Map<String, String> scorm12(Map<String, String> more) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("cmi.core.lesson_status", "incomplete");
        data.putAll(more);
        return data;
    }

    static List<Map.Entry<String, String>> entries(Map<String, String> m) {
        return List.copyOf(m.entrySet());
    }

    static void valid(List<JsonObject> statements) {
        statements.forEach(s -> new StatementValidator(XapiVersion.V2_0_0).validate(s));
    }

    @Test
    void aScorm12ChoiceInteractionIsAnAnsweredStatementInXapiFormat() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("cmi.interactions.0.id", "q-greeting");
        set.put("cmi.interactions.0.type", "choice");
        set.put("cmi.interactions.0.correct_responses.0.pattern", "a,c");
        set.put("cmi.interactions.0.student_response", "{a,b}");
        set.put("cmi.interactions.0.result", "wrong");
        set.put("cmi.interactions.0.latency", "00:00:12.5");
        set.put("cmi.interactions.0.weighting", "2");
        List<JsonObject> out = ScormInteractions.of(commit(entries(set)), scorm12(set), ANNA);
        valid(out);
        assertEquals(1, out.size());
        JsonObject s = out.get(0);
        assertEquals(ScormInteractions.ANSWERED, s.getJsonObject("verb").getString("id"));
        JsonObject object = s.getJsonObject("object");
        assertEquals("urn:x-firstshift:package:pkg.one/item%201/interaction/q-greeting", object.getString("id"));
        JsonObject d = object.getJsonObject("definition");
        assertEquals(ScormInteractions.INTERACTION, d.getString("type"));
        assertEquals("choice", d.getString("interactionType"));
        assertEquals("a[,]c", d.getJsonArray("correctResponsesPattern").getString(0));
        JsonObject r = s.getJsonObject("result");
        assertEquals("a[,]b", r.getString("response"));
        assertFalse(r.getBoolean("success"));
        assertEquals("PT0H0M12.5S", r.getString("duration"));
        assertEquals("urn:x-firstshift:package:pkg.one/item%201",
                s.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0).getString("id"));
        assertEquals(ScormStatements.registration(7), s.getJsonObject("context").getString("registration"));
    }

    @Test
    void scorm12TrueFalseAndMatchingResponsesUseXapiDelimiters() {
        assertEquals("true", ScormInteractions.response("t", "true-false", true));
        assertEquals("false", ScormInteractions.response("0", "true-false", true));
        assertEquals("1[.]a[,]2[.]b", ScormInteractions.response("1.a,2.b", "matching", true));
        assertEquals("1[.]a[,]2[.]b", ScormInteractions.response("1[.]a[,]2[.]b", "matching", false));
        assertEquals("42", ScormInteractions.response("42", "numeric", true));
    }

    @Test
    void aScorm2004InteractionKeepsItsTimestampDescriptionAndCorrectResult() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("cmi.interactions.3.id", "urn:firstshift:q:refund");
        set.put("cmi.interactions.3.type", "fill-in");
        set.put("cmi.interactions.3.description", "{lang=ru}Возврат");
        set.put("cmi.interactions.3.learner_response", "receipt");
        set.put("cmi.interactions.3.correct_responses.0.pattern", "receipt");
        set.put("cmi.interactions.3.result", "correct");
        set.put("cmi.interactions.3.latency", "PT4S");
        set.put("cmi.interactions.3.timestamp", "2026-12-03T07:59:00Z");
        Map<String, String> data = new LinkedHashMap<>(set);
        data.put("cmi.completion_status", "incomplete");
        List<JsonObject> out = ScormInteractions.of(commit(entries(set)), data, ANNA);
        valid(out);
        JsonObject s = out.get(0);
        assertEquals("urn:x-firstshift:package:pkg.one/item%201/interaction/urn%3Afirstshift%3Aq%3Arefund", s.getJsonObject("object").getString("id"));
        assertEquals("Возврат", s.getJsonObject("object").getJsonObject("definition").getJsonObject("description").getString("ru"));
        assertTrue(s.getJsonObject("result").getBoolean("success"));
        assertEquals("receipt", s.getJsonObject("result").getString("response"));
        assertEquals("PT4S", s.getJsonObject("result").getString("duration"));
        assertEquals("2026-12-03T07:59:00Z", s.getString("timestamp"));
    }

    @Test
    void theSameAnswerCommittedAgainIsTheSameStatementAndAChangedAnswerANewOne() {
        Map<String, String> data = scorm12(Map.of("cmi.interactions.0.id", "q1", "cmi.interactions.0.type", "true-false",
                "cmi.interactions.0.student_response", "t", "cmi.interactions.0.result", "correct"));
        JsonObject first = ScormInteractions.of(commit(List.of(Map.entry("cmi.interactions.0.result", "correct"))), data, ANNA).get(0);
        // a later commit re-sends the result only: the interaction's data is read from the attempt
        JsonObject again = ScormInteractions.of(new ScormStatements.Change(ScormStatements.Kind.FINISHED, 7, "pkg.one/item 1", "Till",
                List.of(Map.entry("cmi.interactions.0.result", "correct")), "completed", "unknown", null, Instant.parse("2026-12-03T09:00:00Z")),
                data, ANNA).get(0);
        assertEquals(first, again, "no clock time in a name-based statement, so the LRS sees the same statement");
        Map<String, String> changed = new LinkedHashMap<>(data);
        changed.put("cmi.interactions.0.student_response", "f");
        changed.put("cmi.interactions.0.result", "wrong");
        JsonObject other = ScormInteractions.of(commit(List.of(Map.entry("cmi.interactions.0.result", "wrong"))), changed, ANNA).get(0);
        assertNotEquals(first.getString("id"), other.getString("id"));
        assertFalse(other.getJsonObject("result").getBoolean("success"));
        JsonObject otherAttempt = ScormInteractions.of(new ScormStatements.Change(ScormStatements.Kind.COMMITTED, 8, "pkg.one/item 1", "Till",
                List.of(Map.entry("cmi.interactions.0.result", "correct")), "incomplete", "unknown", null, Instant.EPOCH), data, ANNA).get(0);
        assertNotEquals(first.getString("id"), otherAttempt.getString("id"));
    }

    @Test
    void anInteractionWithoutIdOrAnswerIsNotWrittenYet() {
        Map<String, String> data = scorm12(Map.of("cmi.interactions.0.type", "choice", "cmi.interactions.1.id", "q2"));
        assertTrue(ScormInteractions.of(commit(List.of(Map.entry("cmi.interactions.0.type", "choice"),
                Map.entry("cmi.interactions.1.id", "q2"))), data, ANNA).isEmpty());
    }

    @Test
    void objectiveStatusesBecomeStatementsAboutTheObjectiveActivity() {
        Map<String, String> set12 = new LinkedHashMap<>();
        set12.put("cmi.objectives.0.id", "obj-greet");
        set12.put("cmi.objectives.0.status", "passed");
        set12.put("cmi.objectives.0.score.raw", "80");
        List<JsonObject> out = ScormInteractions.of(commit(entries(set12)), scorm12(set12), ANNA);
        valid(out);
        assertEquals(1, out.size());
        JsonObject passed = out.get(0);
        assertEquals(Verbs.PASSED, passed.getJsonObject("verb").getString("id"));
        assertEquals("urn:x-firstshift:package:pkg.one/item%201/objective/obj-greet", passed.getJsonObject("object").getString("id"));
        assertEquals(ScormInteractions.OBJECTIVE, passed.getJsonObject("object").getJsonObject("definition").getString("type"));
        assertTrue(passed.getJsonObject("result").getBoolean("success"));
        assertEquals(80, passed.getJsonObject("result").getJsonObject("score").getJsonNumber("raw").intValue());

        Map<String, String> set04 = new LinkedHashMap<>();
        set04.put("cmi.objectives.1.id", "obj-refund");
        set04.put("cmi.objectives.1.completion_status", "completed");
        set04.put("cmi.objectives.1.success_status", "failed");
        set04.put("cmi.objectives.1.score.scaled", "0.3");
        List<JsonObject> out04 = ScormInteractions.of(commit(entries(set04)), set04, ANNA);
        valid(out04);
        assertEquals(List.of(Verbs.COMPLETED, Verbs.FAILED), out04.stream().map(s -> s.getJsonObject("verb").getString("id")).toList());
        assertEquals(0.3, out04.get(1).getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);

        // "incomplete" (or browsed, not attempted) is no statement of its own
        set12.put("cmi.objectives.0.status", "incomplete");
        assertTrue(ScormInteractions.of(commit(entries(set12)), scorm12(set12), ANNA).isEmpty());
    }

    @Test
    void aLaunchWritesNoInteractions() {
        var launch = new ScormStatements.Change(ScormStatements.Kind.LAUNCHED, 7, "pkg.one/item 1", "Till", List.of(), "unknown",
                "unknown", null, Instant.EPOCH);
        assertTrue(ScormInteractions.of(launch, Map.of("cmi.interactions.0.id", "q"), ANNA).isEmpty());
    }
}
