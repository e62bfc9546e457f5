package org.firstshift.elearning.cmi5.domain;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a change of a SCORM attempt reads as xAPI statements (the mapping the README documents).
 * A launch is {@code attempted} (first session of the attempt) or {@code resumed}; a status reached
 * in a commit is {@code completed}, {@code passed} or {@code failed}, once per attempt (the verbs
 * already written are passed in); LMSFinish/Terminate is {@code suspended} when the SCO asked to
 * suspend, otherwise {@code terminated}, with the session time as duration. The registration is
 * a name-based UUID of the attempt id, so every statement of one attempt shares it without storing it.
 */
public final class ScormStatements {
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final Pattern TIME_12 = Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,2}))?");
    private static final Pattern ISO = Pattern.compile("P(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?");

    /** What happened to the attempt, with the values the SCO set in this batch (element → value). */
    public enum Kind { LAUNCHED, COMMITTED, FINISHED }

    public record Change(Kind kind, long attemptId, String activityId, String title, List<Map.Entry<String, String>> changes,
                         String completionStatus, String successStatus, Double scoreScaled, Instant at) {
    }

    private ScormStatements() {
    }

    /** The registration UUID of an attempt: stable, derived from its id. */
    public static String registration(long attemptId) {
        return UUID.nameUUIDFromBytes(("firstshift:package-attempt:" + attemptId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The activity IRI of a package item. The packages module names it {@code <manifest id>/<item id>},
     * which is no IRI; it becomes a URN of that text (percent-encoded), stable across servers.
     */
    public static String activityIri(String activityId) {
        if (activityId.matches("^[A-Za-z][A-Za-z0-9+.-]*://\\S+$")) {
            return activityId;
        }
        return "urn:x-firstshift:package:" + URLEncoder.encode(activityId, StandardCharsets.UTF_8).replace("%2F", "/").replace("+", "%20");
    }

    /**
     * The statements for one change. {@code written} holds the verbs already written in this
     * attempt's registration (to write a status once, and to tell a first launch from a resume).
     */
    public static List<JsonObject> of(Change c, JsonObject actor, Set<String> written) {
        List<JsonObject> out = new ArrayList<>();
        switch (c.kind()) {
            case LAUNCHED -> out.add(statement(c, actor, written.isEmpty() ? Verbs.ATTEMPTED : Verbs.RESUMED, null));
            case COMMITTED, FINISHED -> {
                Map<String, String> set = last(c.changes());
                JsonObjectBuilder score = score(c.scoreScaled(), set);
                if ("completed".equals(c.completionStatus()) && !written.contains(Verbs.COMPLETED)) {
                    out.add(statement(c, actor, Verbs.COMPLETED, result(score, true, null, null)));
                }
                if ("passed".equals(c.successStatus()) && !written.contains(Verbs.PASSED)) {
                    out.add(statement(c, actor, Verbs.PASSED, result(score(c.scoreScaled(), set), null, true, null)));
                } else if ("failed".equals(c.successStatus()) && !written.contains(Verbs.FAILED)) {
                    out.add(statement(c, actor, Verbs.FAILED, result(score(c.scoreScaled(), set), null, false, null)));
                }
                if (c.kind() == Kind.FINISHED) {
                    String exit = set.getOrDefault("cmi.core.exit", set.get("cmi.exit"));
                    String duration = duration(set.getOrDefault("cmi.core.session_time", set.get("cmi.session_time")));
                    boolean suspend = "suspend".equals(exit);
                    out.add(statement(c, actor, suspend ? Verbs.SUSPENDED : Verbs.TERMINATED,
                            duration == null ? null : JSON.createObjectBuilder().add("duration", duration)));
                }
            }
        }
        return out;
    }

    /** SCORM 1.2's {@code HHHH:MM:SS.SS} or 2004's ISO 8601 as an xAPI duration; null when unreadable. */
    public static String duration(String sessionTime) {
        if (sessionTime == null || sessionTime.isBlank()) {
            return null;
        }
        Matcher m = TIME_12.matcher(sessionTime);
        if (m.matches()) {
            String fraction = m.group(4) == null ? "" : "." + m.group(4);
            return "PT" + Integer.parseInt(m.group(1)) + "H" + Integer.parseInt(m.group(2)) + "M" + Integer.parseInt(m.group(3)) + fraction + "S";
        }
        return ISO.matcher(sessionTime).matches() && !sessionTime.equals("P") && !sessionTime.endsWith("T") ? sessionTime : null;
    }

    private static Map<String, String> last(List<Map.Entry<String, String>> changes) {
        Map<String, String> m = new java.util.HashMap<>();
        changes.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /** raw/min/max as the SCO set them in this batch; scaled as the run-time computed it (xAPI wants it within -1..1). */
    private static JsonObjectBuilder score(Double scaled, Map<String, String> set) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        boolean any = false;
        if (scaled != null && scaled >= -1 && scaled <= 1) {
            b.add("scaled", scaled);
            any = true;
        }
        Double raw = number(set.getOrDefault("cmi.core.score.raw", set.get("cmi.score.raw")));
        Double min = number(set.getOrDefault("cmi.core.score.min", set.get("cmi.score.min")));
        Double max = number(set.getOrDefault("cmi.core.score.max", set.get("cmi.score.max")));
        boolean ordered = (min == null || max == null || min <= max) && (raw == null || ((min == null || raw >= min) && (max == null || raw <= max)));
        if (ordered) {
            if (raw != null) { b.add("raw", raw); any = true; }
            if (min != null) { b.add("min", min); any = true; }
            if (max != null) { b.add("max", max); any = true; }
        }
        return any ? b : null;
    }

    private static JsonObjectBuilder result(JsonObjectBuilder score, Boolean completion, Boolean success, String duration) {
        JsonObjectBuilder r = JSON.createObjectBuilder();
        if (score != null) {
            r.add("score", score);
        }
        if (completion != null) {
            r.add("completion", completion);
        }
        if (success != null) {
            r.add("success", success);
            r.add("completion", true);
        }
        if (duration != null) {
            r.add("duration", duration);
        }
        return r;
    }

    private static JsonObject statement(Change c, JsonObject actor, String verb, JsonObjectBuilder result) {
        JsonObjectBuilder object = JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityIri(c.activityId()));
        JsonObjectBuilder definition = JSON.createObjectBuilder()
                .add("type", "http://adlnet.gov/expapi/activities/lesson");
        if (c.title() != null && !c.title().isBlank()) {
            definition.add("name", JSON.createObjectBuilder().add("en-US", c.title()));
        }
        object.add("definition", definition);
        JsonObjectBuilder s = JSON.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", actor)
                .add("verb", JSON.createObjectBuilder().add("id", verb).add("display", JSON.createObjectBuilder().add("en-US", Verbs.display(verb))))
                .add("object", object)
                .add("context", JSON.createObjectBuilder().add("registration", registration(c.attemptId()))
                        .add("platform", "FirstShift")
                        .add("extensions", JSON.createObjectBuilder().add("https://firstshift.org/xapi/extensions/scorm-attempt", c.attemptId())))
                .add("timestamp", c.at().toString());
        if (result != null) {
            s.add("result", result);
        }
        return s.build();
    }

    private static Double number(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
