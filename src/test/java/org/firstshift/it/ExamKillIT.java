package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.StandaloneServer;
import org.firstshift.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill test: a FirstShift of its own (own Payara Micro process, own database: a separate
 * PostgreSQL schema, or a separate H2 file) takes a learner's answers, is killed with kill -9 in
 * the middle of the attempt, starts again on the same database, and every acknowledged answer is
 * there, the attempt still open, its deadline unchanged and the time left computed by the server.
 * Runs in the PostgreSQL execution only (two extra server starts cost minutes); on H2 it is skipped
 * unless -Dexam.kill.h2=true.
 */
class ExamKillIT {

    @Test
    void everyAcknowledgedAnswerSurvivesAKilledServer() throws Exception {
        boolean pg = "postgresql".equals(TestDatabase.label());
        Assumptions.assumeTrue(pg || Boolean.getBoolean("exam.kill.h2"),
                "the kill test runs in the PostgreSQL execution (or on H2 with -Dexam.kill.h2=true)");
        String schema = "firstshift_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String url = System.getenv("FIRSTSHIFT_DB_URL");
        Map<String, String> db = new LinkedHashMap<>();
        db.put("FIRSTSHIFT_DB_CLASS", System.getenv("FIRSTSHIFT_DB_CLASS"));
        db.put("FIRSTSHIFT_DB_USER", System.getenv().getOrDefault("FIRSTSHIFT_DB_USER", "sa"));
        db.put("FIRSTSHIFT_DB_PASSWORD", System.getenv().getOrDefault("FIRSTSHIFT_DB_PASSWORD", ""));
        if (pg) {
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            db.put("FIRSTSHIFT_DB_URL", url.replaceAll("currentSchema=[A-Za-z0-9_]+", "currentSchema=" + schema));
        } else {
            db.put("FIRSTSHIFT_DB_URL", "jdbc:h2:file:" + Path.of("target", "kill-h2", schema).toAbsolutePath() + ";AUTO_SERVER=TRUE");
        }
        try (StandaloneServer server = new StandaloneServer("kill", db)) {
            server.start();
            URL base = server.url();
            Api tom = Api.as(base, "tom");
            Api.Reply started = tom.post("/api/exams/RETAIL-CERT-EXAM/attempts", "application/json", "");
            assertEquals(201, started.status(), started::toString);
            JsonObject attempt = started.json();
            long id = attempt.getJsonNumber("id").longValue();
            String deadline = attempt.getString("deadline");

            Map<String, List<String>> acknowledged = new LinkedHashMap<>();
            Map<String, Long> revisions = new LinkedHashMap<>();
            List<JsonObject> questions = attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject).toList();
            for (JsonObject q : questions) {
                List<String> values = someAnswer(q);
                Api.Reply saved = tom.putJson("/api/exam-attempts/" + id + "/answers/" + q.getString("id"),
                        "{\"values\":" + json(values) + "}");
                assertEquals(200, saved.status(), saved::toString);
                acknowledged.put(q.getString("id"), values);
                revisions.put(q.getString("id"), saved.json().getJsonNumber("revision").longValue());
            }
            // The last acknowledged write just before the kill changes an earlier answer.
            JsonObject first = questions.get(0);
            List<String> changed = otherAnswer(first, acknowledged.get(first.getString("id")));
            Api.Reply last = tom.putJson("/api/exam-attempts/" + id + "/answers/" + first.getString("id"),
                    "{\"values\":" + json(changed) + ",\"revision\":" + revisions.get(first.getString("id")) + "}");
            assertEquals(200, last.status(), last::toString);
            acknowledged.put(first.getString("id"), changed);

            server.kill();
            Instant killedAt = Instant.now();
            server.start();

            Api.Reply resumed = Api.as(base, "tom").get("/api/exam-attempts/" + id);
            assertEquals(200, resumed.status(), resumed::toString);
            JsonObject after = resumed.json();
            assertEquals("OPEN", after.getString("status"));
            assertEquals(deadline, after.getString("deadline"), "the deadline is the server's and does not move");
            long remaining = after.getJsonNumber("remainingSeconds").longValue();
            long expected = Duration.between(Instant.parse(after.getString("serverTime")), Instant.parse(deadline)).toSeconds();
            assertTrue(Math.abs(remaining - expected) <= 1, remaining + " vs " + expected);
            assertTrue(remaining < 30 * 60 - Duration.between(Instant.parse(attempt.getString("startedAt")), killedAt).toSeconds() + 1,
                    "the downtime counted against the time: " + remaining);
            for (JsonObject q : after.getJsonArray("questions").stream().map(JsonValue::asJsonObject).toList()) {
                List<String> saved = q.getJsonArray("answer").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList();
                assertEquals(acknowledged.get(q.getString("id")), saved, "answer to " + q.getString("id"));
            }
            Api.Reply submitted = Api.as(base, "tom").post("/api/exam-attempts/" + id + "/submit", "application/json", "");
            assertEquals(200, submitted.status(), submitted::toString);
        } finally {
            if (pg) {
                try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    static String json(List<String> values) {
        return "[" + String.join(",", values.stream().map(v -> "\"" + v.replace("\"", "\\\"") + "\"").toList()) + "]";
    }

    static List<String> ids(JsonObject q, String array) {
        return q.getJsonArray(array).stream().map(o -> o.asJsonObject().getString("id")).toList();
    }

    static List<String> someAnswer(JsonObject q) {
        List<String> options = ids(q, "options");
        return switch (q.getString("type")) {
            case "single", "scenario", "multiple" -> List.of(options.get(0));
            case "true_false" -> List.of("true");
            case "ordering" -> options;
            case "matching" -> List.of(options.get(0) + "=" + ids(q, "targets").get(0));
            case "numeric" -> List.of("7");
            default -> List.of("an answer");
        };
    }

    static List<String> otherAnswer(JsonObject q, List<String> before) {
        List<String> options = ids(q, "options");
        return switch (q.getString("type")) {
            case "single", "scenario", "multiple" -> List.of(options.get(1));
            case "true_false" -> List.of("false");
            case "ordering" -> List.of(options.get(1), options.get(0));
            case "matching" -> List.of(options.get(0) + "=" + ids(q, "targets").get(1));
            case "numeric" -> List.of("8");
            default -> List.of("another answer");
        };
    }

}
