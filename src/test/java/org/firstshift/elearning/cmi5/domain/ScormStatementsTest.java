package org.firstshift.elearning.cmi5.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScormStatementsTest {
    static final JsonObject ANNA = Json.createObjectBuilder().add("objectType", "Agent")
            .add("account", Json.createObjectBuilder().add("homePage", "https://lms.example/xapi").add("name", "newhire")).build();

    static ScormStatements.Change change(ScormStatements.Kind kind, List<Map.Entry<String, String>> set, String completion, String success, Double scaled) {
        return new ScormStatements.Change(kind, 7, "pkg.one/item 1", "Till", set, completion, success, scaled, Instant.parse("2026-12-03T08:00:00Z"));
    }

    @Test
    void aFirstLaunchIsAttemptedAndALaterOneResumed() {
        var launch = change(ScormStatements.Kind.LAUNCHED, List.of(), "not attempted", "unknown", null);
        assertTrue(ScormStatements.of(launch, ANNA, Set.of()).get(0).getJsonObject("verb").getString("id").endsWith("/attempted"));
        assertTrue(ScormStatements.of(launch, ANNA, Set.of(Verbs.ATTEMPTED)).get(0).getJsonObject("verb").getString("id").endsWith("/resumed"));
    }

    @Test
    void statusesAreWrittenOnceAndTheRegistrationIsStablePerAttempt() {
        var commit = change(ScormStatements.Kind.COMMITTED, List.of(Map.entry("cmi.score.raw", "7"), Map.entry("cmi.score.max", "10")),
                "completed", "passed", 0.7);
        List<JsonObject> first = ScormStatements.of(commit, ANNA, Set.of(Verbs.ATTEMPTED));
        assertEquals(2, first.size());
        assertEquals(0.7, first.get(1).getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue());
        assertEquals(ScormStatements.registration(7), first.get(0).getJsonObject("context").getString("registration"));
        assertEquals("urn:x-firstshift:package:pkg.one/item%201", first.get(0).getJsonObject("object").getString("id"));
        assertTrue(ScormStatements.of(commit, ANNA, Set.of(Verbs.ATTEMPTED, Verbs.COMPLETED, Verbs.PASSED)).isEmpty());
        assertFalse(ScormStatements.registration(7).equals(ScormStatements.registration(8)));
    }

    @Test
    void aScoreOutsideItsRangeIsLeftOutRatherThanRefusedByTheLrs() {
        var commit = change(ScormStatements.Kind.COMMITTED, List.of(Map.entry("cmi.core.score.raw", "120"), Map.entry("cmi.core.score.max", "100")),
                "completed", "unknown", 1.2);
        JsonObject completed = ScormStatements.of(commit, ANNA, Set.of()).get(0);
        assertFalse(completed.getJsonObject("result").containsKey("score"));
    }

    @Test
    void sessionTimesOfBothScormVersionsBecomeXapiDurations() {
        assertEquals("PT1H2M3.5S", ScormStatements.duration("0001:02:03.5"));
        assertEquals("PT4M", ScormStatements.duration("PT4M"));
        assertNull(ScormStatements.duration("soon"));
        assertNull(ScormStatements.duration("P"));
    }
}
