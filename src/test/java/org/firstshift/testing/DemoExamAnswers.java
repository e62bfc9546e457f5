package org.firstshift.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The right answers of the demo certification exam, read from its content file (the same source
 * the server loaded), in the answer format of the exam API; and a learner who takes the exam
 * through the API with them.
 */
public final class DemoExamAnswers {
    public static final String EXAM = "RETAIL-CERT-EXAM";
    public static final String FILE = "exams/retail-certification.yaml";

    private DemoExamAnswers() {
    }

    /** Question id → the values that answer it correctly. */
    @SuppressWarnings("unchecked")
    public static Map<String, List<String>> key() {
        Map<String, List<String>> key = new LinkedHashMap<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) DemoContent.read(FILE).get("questions")) {
            String type = String.valueOf(q.get("type"));
            List<Map<String, Object>> options = (List<Map<String, Object>>) q.getOrDefault("options", List.of());
            List<String> values = new ArrayList<>();
            switch (type) {
                case "single", "scenario", "multiple" -> options.stream().filter(o -> Boolean.TRUE.equals(o.get("correct")))
                        .forEach(o -> values.add(String.valueOf(o.get("id"))));
                case "ordering" -> options.forEach(o -> values.add(String.valueOf(o.get("id"))));
                case "true_false" -> values.add(String.valueOf(q.get("answer")));
                case "numeric" -> values.add(String.valueOf(q.get("answer")));
                case "matching" -> ((List<Map<String, Object>>) q.get("left"))
                        .forEach(l -> values.add(l.get("id") + "=" + l.get("match")));
                case "short_text" -> values.add(String.valueOf(((List<Object>) q.get("accept")).get(0)));
                default -> throw new IllegalStateException("unknown question type " + type);
            }
            key.put(String.valueOf(q.get("id")), values);
        }
        return key;
    }

    /** Starts (or resumes) the demo exam as {@code learner}, answers every question right, submits; returns the scored attempt. */
    public static JsonObject passAs(Api learner) {
        Api.Reply started = learner.postJson("/api/exams/" + EXAM + "/attempts", "{}");
        assertTrue(started.status() == 201 || started.status() == 200, started::toString);
        JsonObject attempt = started.json();
        long id = attempt.getJsonNumber("id").longValue();
        Map<String, List<String>> key = key();
        for (JsonValue v : attempt.getJsonArray("questions")) {
            String question = v.asJsonObject().getString("id");
            JsonArrayBuilder values = Json.createArrayBuilder();
            key.get(question).forEach(values::add);
            Api.Reply saved = learner.putJson("/api/exam-attempts/" + id + "/answers/" + question,
                    Json.createObjectBuilder().add("values", values).build().toString());
            assertEquals(200, saved.status(), () -> question + ": " + saved);
        }
        Api.Reply submitted = learner.postJson("/api/exam-attempts/" + id + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted::toString);
        JsonObject scored = submitted.json();
        assertTrue(scored.getJsonObject("result").getBoolean("passed"), scored::toString);
        return scored;
    }
}
