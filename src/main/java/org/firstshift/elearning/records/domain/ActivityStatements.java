package org.firstshift.elearning.records.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How FirstShift's own activities read as xAPI statements. The choices (also in the README):
 * <ul>
 *   <li>an exam attempt scored: {@code passed} or {@code failed} (ADL), and {@code completed}, about
 *       the exam (type {@code assessment}), with the scaled score (percent / 100), raw = correct
 *       answers of max = questions, and the time from start to scoring as duration;</li>
 *   <li>a certification granted or renewed: {@code earned} (the xAPI registry's
 *       {@code http://id.tincanapi.com/verb/earned}, used for badges and certificates) about the
 *       certification (a FirstShift activity type, as the registry has no certification type),
 *       with its validity in result extensions;</li>
 *   <li>a role-play finished: {@code completed} about the scenario (type {@code simulation}),
 *       with the score and success against the pass mark; each choice is {@code responded} about
 *       the dialogue node (type {@code cmi.interaction}, the scenario as parent) with the response
 *       id, its score and the rule ids it honoured or broke in context extensions;</li>
 *   <li>a shadowing task signed off: {@code completed} (or {@code attempted} when the mentor had
 *       to take over) about the task (type {@code performance}), success when done independently,
 *       the rating in a result extension and the mentor as the context's instructor.</li>
 * </ul>
 * Activity ids are URNs under {@code urn:x-firstshift:} (as the package bridge's), stable across
 * servers. Statement ids are name-based UUIDs of what happened (attempt, record) and the verb, so
 * writing the same event twice is a no-op for the LRS; registrations group an attempt's statements.
 */
public final class ActivityStatements {
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    public static final String RESPONDED = "http://adlnet.gov/expapi/verbs/responded";
    public static final String EARNED = "http://id.tincanapi.com/verb/earned";
    public static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    public static final String SIMULATION = "http://adlnet.gov/expapi/activities/simulation";
    public static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
    public static final String PERFORMANCE = "http://adlnet.gov/expapi/activities/performance";
    public static final String CERTIFICATION = "https://firstshift.org/xapi/activity-types/certification";
    public static final String EXTENSIONS = "https://firstshift.org/xapi/extensions/";
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ActivityStatements() {
    }

    // ------------------------------------------------------------------ the facts, free of CDI events

    public record ExamScore(long attemptId, String examCode, int number, double scorePercent, int passMark, boolean passed,
                            boolean byDeadline, int correct, int questions, Instant startedAt, Instant at) {
    }

    public record Certificate(long cycleId, String certificationCode, LocalDate validFrom, LocalDate validUntil,
                              boolean renewal, Long examAttemptId, Instant at) {
    }

    public record Roleplay(long attemptId, String scenarioCode, String title, int score, int maxScore, int percent,
                           int passMark, boolean passed, Instant startedAt, Instant at, List<Choice> choices) {
    }

    public record Choice(int seq, String nodeCode, String responseCode, int scoreDelta, List<String> honours,
                         List<String> breaks, Instant at) {
    }

    public record SignOff(long recordId, boolean correction, String planCode, String taskCode, String taskTitle,
                          LocalDate shiftDay, String rating, Instant at) {
    }

    // ------------------------------------------------------------------ activity ids

    public static String activity(String kind, String code) {
        return "urn:x-firstshift:" + kind + ":" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A stable UUID for the name: the same event always gives the same statement id or registration. */
    public static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("firstshift:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    // ------------------------------------------------------------------ mappings

    public static List<JsonObject> exam(ExamScore e, JsonObject actor) {
        String registration = uuid("exam-attempt:" + e.attemptId());
        JsonObject object = activityObject(activity("exam", e.examCode()), ASSESSMENT, e.examCode());
        JsonObjectBuilder score = JSON.createObjectBuilder().add("scaled", clamp(e.scorePercent() / 100.0));
        if (e.questions() > 0) {
            score.add("raw", e.correct()).add("min", 0).add("max", e.questions());
        }
        JsonObject scoreJson = score.build();
        String duration = duration(e.startedAt(), e.at());
        JsonObjectBuilder ext = JSON.createObjectBuilder().add(EXTENSIONS + "exam-attempt", e.attemptId())
                .add(EXTENSIONS + "attempt-number", e.number()).add(EXTENSIONS + "pass-mark-percent", e.passMark());
        if (e.byDeadline()) {
            ext.add(EXTENSIONS + "closed-by-deadline", true);
        }
        JsonObject context = context(registration, null, ext.build());
        List<JsonObject> out = new ArrayList<>();
        String verb = e.passed() ? PASSED : FAILED;
        JsonObjectBuilder result = JSON.createObjectBuilder().add("score", scoreJson).add("success", e.passed()).add("completion", true);
        if (duration != null) {
            result.add("duration", duration);
        }
        out.add(statement(uuid("exam-attempt:" + e.attemptId() + ":" + verb), actor, verb, object, result.build(), context, e.at()));
        JsonObjectBuilder completed = JSON.createObjectBuilder().add("completion", true);
        if (duration != null) {
            completed.add("duration", duration);
        }
        out.add(statement(uuid("exam-attempt:" + e.attemptId() + ":" + COMPLETED), actor, COMPLETED, object, completed.build(), context, e.at()));
        return out;
    }

    public static JsonObject certification(Certificate c, JsonObject actor) {
        JsonObject object = activityObject(activity("certification", c.certificationCode()), CERTIFICATION, c.certificationCode());
        JsonObjectBuilder validity = JSON.createObjectBuilder().add(EXTENSIONS + "valid-from", c.validFrom().toString())
                .add(EXTENSIONS + "renewal", c.renewal());
        if (c.validUntil() != null) {
            validity.add(EXTENSIONS + "valid-until", c.validUntil().toString());
        }
        JsonObjectBuilder ext = JSON.createObjectBuilder().add(EXTENSIONS + "certification-cycle", c.cycleId());
        if (c.examAttemptId() != null) {
            // the exam attempt's statements share this registration: the certificate and its evidence read together
            ext.add(EXTENSIONS + "exam-attempt", c.examAttemptId());
        }
        String registration = c.examAttemptId() == null ? null : uuid("exam-attempt:" + c.examAttemptId());
        return statement(uuid("certification-cycle:" + c.cycleId() + ":" + EARNED), actor, EARNED, object,
                JSON.createObjectBuilder().add("success", true).add("completion", true).add("extensions", validity).build(),
                context(registration, null, ext.build()), c.at());
    }

    public static List<JsonObject> roleplay(Roleplay r, JsonObject actor) {
        String registration = uuid("roleplay-attempt:" + r.attemptId());
        String scenarioId = activity("roleplay", r.scenarioCode());
        JsonObject scenario = activityObject(scenarioId, SIMULATION, r.title() == null || r.title().isBlank() ? r.scenarioCode() : r.title());
        List<JsonObject> out = new ArrayList<>();
        for (Choice c : r.choices()) {
            JsonObject node = activityObject(scenarioId + "/node/" + URLEncoder.encode(c.nodeCode(), StandardCharsets.UTF_8), INTERACTION, null);
            JsonObjectBuilder ext = JSON.createObjectBuilder().add(EXTENSIONS + "roleplay-attempt", r.attemptId())
                    .add(EXTENSIONS + "rules-honoured", strings(c.honours())).add(EXTENSIONS + "rules-broken", strings(c.breaks()));
            JsonObject result = JSON.createObjectBuilder().add("response", c.responseCode())
                    .add("score", JSON.createObjectBuilder().add("raw", c.scoreDelta())).build();
            out.add(statement(uuid("roleplay-attempt:" + r.attemptId() + ":choice:" + c.seq()), actor, RESPONDED, node, result,
                    context(registration, JSON.createObjectBuilder().add("parent", JSON.createArrayBuilder().add(ref(scenarioId))).build(),
                            ext.build()), c.at()));
        }
        JsonObjectBuilder score = JSON.createObjectBuilder().add("scaled", clamp(r.percent() / 100.0)).add("raw", r.score());
        if (r.maxScore() > 0 && r.score() >= 0 && r.score() <= r.maxScore()) {
            score.add("min", 0).add("max", r.maxScore());
        } else {
            score = JSON.createObjectBuilder().add("scaled", clamp(r.percent() / 100.0));
        }
        JsonObjectBuilder result = JSON.createObjectBuilder().add("score", score).add("success", r.passed()).add("completion", true);
        String duration = duration(r.startedAt(), r.at());
        if (duration != null) {
            result.add("duration", duration);
        }
        out.add(statement(uuid("roleplay-attempt:" + r.attemptId() + ":" + COMPLETED), actor, COMPLETED, scenario, result.build(),
                context(registration, null, JSON.createObjectBuilder().add(EXTENSIONS + "roleplay-attempt", r.attemptId())
                        .add(EXTENSIONS + "pass-mark-percent", r.passMark()).build()), r.at()));
        return out;
    }

    public static JsonObject signOff(SignOff s, JsonObject trainee, JsonObject mentor) {
        boolean done = !"NOT_YET".equals(s.rating());
        String verb = done ? COMPLETED : ATTEMPTED;
        JsonObject task = activityObject(activity("shadowing-task", s.planCode() + "/" + s.taskCode()), PERFORMANCE, s.taskTitle());
        JsonObjectBuilder result = JSON.createObjectBuilder().add("success", "INDEPENDENTLY".equals(s.rating()))
                .add("extensions", JSON.createObjectBuilder().add(EXTENSIONS + "shadowing-rating", s.rating()));
        if (done) {
            result.add("completion", true);
        }
        JsonObjectBuilder ext = JSON.createObjectBuilder().add(EXTENSIONS + "shadowing-record", s.recordId())
                .add(EXTENSIONS + "shift-day", s.shiftDay().toString()).add(EXTENSIONS + "correction", s.correction());
        JsonObjectBuilder context = JSON.createObjectBuilder().add("platform", "FirstShift")
                .add("contextActivities", JSON.createObjectBuilder()
                        .add("parent", JSON.createArrayBuilder().add(ref(activity("shadowing-plan", s.planCode())))))
                .add("extensions", ext);
        if (mentor != null) {
            context.add("instructor", mentor);
        }
        return statement(uuid("shadowing-record:" + s.recordId() + ":" + verb), trainee, verb, task, result.build(), context.build(), s.at());
    }

    // ------------------------------------------------------------------ building blocks

    /** The xAPI duration between two instants, or null when one is missing or they are out of order. */
    public static String duration(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return Duration.between(from, to).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    private static double clamp(double scaled) {
        return Math.max(-1, Math.min(1, scaled));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonObjectBuilder ref(String id) {
        return JSON.createObjectBuilder().add("objectType", "Activity").add("id", id);
    }

    private static JsonObject activityObject(String id, String type, String name) {
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", type);
        if (name != null && !name.isBlank()) {
            definition.add("name", JSON.createObjectBuilder().add("en-US", name));
        }
        return JSON.createObjectBuilder().add("objectType", "Activity").add("id", id).add("definition", definition).build();
    }

    private static JsonObject context(String registration, JsonObject contextActivities, JsonObject extensions) {
        JsonObjectBuilder c = JSON.createObjectBuilder().add("platform", "FirstShift");
        if (registration != null) {
            c.add("registration", registration);
        }
        if (contextActivities != null) {
            c.add("contextActivities", contextActivities);
        }
        return c.add("extensions", extensions).build();
    }

    private static JsonObject statement(String id, JsonObject actor, String verb, JsonObject object, JsonObject result,
                                        JsonObject context, Instant at) {
        return JSON.createObjectBuilder()
                .add("id", id)
                .add("actor", actor)
                .add("verb", JSON.createObjectBuilder().add("id", verb)
                        .add("display", JSON.createObjectBuilder().add("en-US", verb.substring(verb.lastIndexOf('/') + 1))))
                .add("object", object)
                .add("result", result)
                .add("context", context)
                .add("timestamp", at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString())
                .build();
    }
}
