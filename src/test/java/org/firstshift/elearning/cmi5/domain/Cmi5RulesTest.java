package org.firstshift.elearning.cmi5.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Cmi5RulesTest {
    static final String REG = "0f8f8f8f-1111-4222-8333-444455556666";
    static final String AU = "urn:x-firstshift:cmi5:c1:au:1";
    static final String SESSION = "s-1";

    static Cmi5Rules.SessionState normal(Double mastery) {
        return new Cmi5Rules.SessionState(SESSION, REG, AU, LaunchMode.Normal, mastery, null);
    }

    /** A statement as a well-behaved AU writes it; {@code cmi5}: with the cmi5 category. */
    static JsonObjectBuilder statement(String verb, String result, boolean cmi5) {
        var category = Json.createArrayBuilder();
        if (cmi5) {
            category.add(Json.createObjectBuilder().add("id", Cmi5Statements.CATEGORY_CMI5));
        }
        var s = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", AU))
                .add("context", Json.createObjectBuilder().add("registration", REG)
                        .add("contextActivities", Json.createObjectBuilder().add("category", category))
                        .add("extensions", Json.createObjectBuilder().add(Cmi5Statements.SESSION_ID, SESSION)));
        if (result != null) {
            s.add("result", Json.createReader(new java.io.StringReader(result)).readObject());
        }
        return s;
    }

    static JsonObject defined(String verb, String result) {
        return statement(verb, result, true).build();
    }

    static String rule(JsonObject s, Cmi5Rules.SessionState state) {
        return Cmi5Rules.admit(s, state).map(Cmi5Rules.Violation::rule).orElse("ok");
    }

    static Cmi5Rules.SessionState initialized(Double mastery) {
        Cmi5Rules.SessionState state = normal(mastery);
        assertEquals("ok", rule(defined(Verbs.INITIALIZED, null), state));
        return state;
    }

    @Test
    void aWellBehavedSessionIsAdmittedStatementByStatement() {
        Cmi5Rules.SessionState state = initialized(0.8);
        assertEquals("ok", rule(statement("http://adlnet.gov/expapi/verbs/experienced", null, false).build(), state), "allowed statements in between");
        assertEquals("ok", rule(defined(Verbs.COMPLETED, "{\"completion\":true,\"duration\":\"PT1M\"}"), state));
        assertEquals("ok", rule(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.8}}"), state));
        assertEquals("ok", rule(defined(Verbs.TERMINATED, "{\"duration\":\"PT2M\"}"), state));
        assertTrue(state.isTerminated());
    }

    @Test
    void initializedComesFirstAndOnce() {
        assertEquals("9.3.2 initialized first", rule(statement("http://adlnet.gov/expapi/verbs/experienced", null, false).build(), normal(null)));
        assertEquals("9.3.2 initialized first", rule(defined(Verbs.COMPLETED, "{\"completion\":true,\"duration\":\"PT1M\"}"), normal(null)));
        assertEquals("9.3.2 initialized once", rule(defined(Verbs.INITIALIZED, null), initialized(null)));
    }

    @Test
    void nothingFollowsTerminatedAndNothingIsRecordedForAnAbandonedSession() {
        Cmi5Rules.SessionState state = initialized(null);
        assertEquals("ok", rule(defined(Verbs.TERMINATED, "{\"duration\":\"PT2M\"}"), state));
        assertEquals("9.3.8 terminated last", rule(statement("http://adlnet.gov/expapi/verbs/experienced", null, false).build(), state));
        Cmi5Rules.SessionState abandoned = new Cmi5Rules.SessionState(SESSION, REG, AU, LaunchMode.Normal, null, "abandoned");
        assertEquals("9.3.6 abandoned", rule(defined(Verbs.INITIALIZED, null), abandoned));
    }

    @Test
    void completedOnceAndNothingJudgedAfterPassedInTheRegistration() {
        Cmi5Rules.SessionState done = normal(null).seen(true, false, true, true);
        assertEquals("9.3.3 completed once", rule(defined(Verbs.COMPLETED, "{\"completion\":true,\"duration\":\"PT1M\"}"), done));
        assertEquals("9.3.4 passed is final", rule(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\"}"), done));
        assertEquals("9.3.4 passed is final", rule(defined(Verbs.FAILED, "{\"success\":false,\"duration\":\"PT1M\"}"), done));
        Cmi5Rules.SessionState failedOnce = initialized(null);
        assertEquals("ok", rule(defined(Verbs.FAILED, "{\"success\":false,\"duration\":\"PT1M\"}"), failedOnce));
        assertEquals("9.3 one judgement per session", rule(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\"}"), failedOnce));
        Cmi5Rules.SessionState newSession = normal(null).seen(true, false, false, false);
        assertEquals("ok", rule(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\"}"), newSession),
                "a failed in an earlier session does not stop a later pass");
    }

    @Test
    void browseAndReviewSendNoJudgement() {
        for (LaunchMode mode : new LaunchMode[]{LaunchMode.Browse, LaunchMode.Review}) {
            Cmi5Rules.SessionState state = new Cmi5Rules.SessionState(SESSION, REG, AU, mode, null, null);
            assertEquals("ok", rule(defined(Verbs.INITIALIZED, null), state));
            assertEquals("10.0 launchMode", rule(defined(Verbs.COMPLETED, "{\"completion\":true,\"duration\":\"PT1M\"}"), state));
            assertEquals("10.0 launchMode", rule(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\"}"), state));
            assertEquals("10.0 launchMode", rule(defined(Verbs.FAILED, "{\"success\":false,\"duration\":\"PT1M\"}"), state));
            assertEquals("ok", rule(defined(Verbs.TERMINATED, "{\"duration\":\"PT1M\"}"), state));
        }
    }

    @Test
    void theVerbAgreesWithTheMasteryScore() {
        assertEquals("9.3.4 masteryScore", rule(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.79}}"), initialized(0.8)));
        assertEquals("9.3.5 masteryScore", rule(defined(Verbs.FAILED, "{\"success\":false,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.8}}"), initialized(0.8)));
        assertEquals("ok", rule(defined(Verbs.FAILED, "{\"success\":false,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.79}}"), initialized(0.8)));
        assertEquals("ok", rule(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.1}}"), initialized(null)),
                "no mastery score: any score may pass");
    }

    @Test
    void definedStatementsNeedTheirContextAndDuration() {
        assertEquals("9.5.4.1 duration", rule(defined(Verbs.COMPLETED, "{\"completion\":true}"), initialized(null)));
        assertEquals("9.5.4.1 duration", rule(defined(Verbs.TERMINATED, null), initialized(null)));
        assertEquals("9.6.2.1 cmi5 category", rule(statement(Verbs.COMPLETED, "{\"completion\":true,\"duration\":\"PT1M\"}", false).build(), initialized(null)));
        JsonObject noSession = Json.createObjectBuilder(defined(Verbs.INITIALIZED, null))
                .add("context", Json.createObjectBuilder().add("registration", REG)).build();
        assertEquals("9.6.3.1 session id", rule(noSession, normal(null)));
        Cmi5Rules.SessionState other = new Cmi5Rules.SessionState("s-2", REG, AU, LaunchMode.Normal, null, null);
        assertEquals("9.6.3.1 session id", rule(defined(Verbs.INITIALIZED, null), other));
        Cmi5Rules.SessionState otherRegistration = new Cmi5Rules.SessionState(SESSION, UUID.randomUUID().toString(), AU, LaunchMode.Normal, null, null);
        assertEquals("9.6.1 registration", rule(defined(Verbs.INITIALIZED, null), otherRegistration));
        JsonObject elsewhere = Json.createObjectBuilder(defined(Verbs.COMPLETED, "{\"completion\":true,\"duration\":\"PT1M\"}"))
                .add("object", Json.createObjectBuilder().add("id", "https://elsewhere.example/au")).build();
        assertEquals("9.4 object", rule(elsewhere, initialized(null)));
        assertEquals("9.3 LMS verbs", rule(defined(Verbs.SATISFIED, null), initialized(null)));
    }

    @Test
    void aRefusedStatementLeavesTheStateAsItWas() {
        Cmi5Rules.SessionState state = initialized(0.8);
        Optional<Cmi5Rules.Violation> low = Cmi5Rules.admit(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.1}}"), state);
        assertTrue(low.get().message("abc").startsWith("statement abc breaks cmi5 rule 9.3.4 masteryScore: "), low.get().message("abc"));
        assertEquals("ok", rule(defined(Verbs.PASSED, "{\"success\":true,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.9}}"), state));
    }
}
