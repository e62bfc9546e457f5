package org.firstshift.elearning.cmi5.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interactions and objectives of a SCORM attempt as xAPI statements, after ADL's xAPI SCORM
 * profile (https://w3id.org/xapi/scorm): every interaction the SCO reported in a commit is an
 * {@code answered} statement about the interaction activity ({@code <sco>/interaction/<id>},
 * type cmi.interaction, with the SCORM type, correct responses, the learner's response, correct
 * or wrong as success and the latency as duration); an objective whose status became passed,
 * failed or completed is that verb about the objective activity ({@code <sco>/objective/<id>},
 * type objective) with the SCO as parent.
 * <p>
 * SCOs re-send the same values on every commit, so the statement ids are name-based UUIDs of the
 * attempt and what the statement says (an interaction's values; an objective's id and verb): the
 * same answer committed twice is the same statement, which the writer skips, while a changed
 * answer is a new one. Only the indexes touched by the commit are looked at; their full values
 * come from the attempt's data, because a SCO may set an interaction's id in one commit and its
 * result in the next.
 */
public final class ScormInteractions {
    public static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    public static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
    public static final String OBJECTIVE = "http://adlnet.gov/expapi/activities/objective";
    public static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
    public static final String SCORM_PROFILE = "https://w3id.org/xapi/scorm";
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final Pattern INTERACTION_ELEMENT = Pattern.compile("cmi\\.interactions\\.(\\d+)\\..+");
    private static final Pattern OBJECTIVE_STATUS = Pattern.compile("cmi\\.objectives\\.(\\d+)\\.(status|success_status|completion_status)");
    private static final Pattern LANG = Pattern.compile("^\\{lang=([^}]*)}(.*)$", Pattern.DOTALL);
    private static final Set<String> TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in", "matching",
            "performance", "sequencing", "likert", "numeric", "other");

    private ScormInteractions() {
    }

    /**
     * The statements for the interactions and objectives the change touched; {@code data} is the
     * attempt's whole CMI data after the change.
     */
    public static List<JsonObject> of(ScormStatements.Change c, Map<String, String> data, JsonObject actor) {
        if (c.kind() == ScormStatements.Kind.LAUNCHED || data == null) {
            return List.of();
        }
        boolean v12 = data.keySet().stream().anyMatch(k -> k.startsWith("cmi.core."));
        Set<Integer> interactions = new TreeSet<>();
        Set<Integer> objectives = new TreeSet<>();
        for (Map.Entry<String, String> e : c.changes()) {
            Matcher m = INTERACTION_ELEMENT.matcher(e.getKey());
            if (m.matches()) {
                interactions.add(Integer.parseInt(m.group(1)));
            }
            Matcher o = OBJECTIVE_STATUS.matcher(e.getKey());
            if (o.matches()) {
                objectives.add(Integer.parseInt(o.group(1)));
            }
        }
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (int n : interactions) {
            JsonObject s = interaction(c, data, actor, n, v12);
            if (s != null) {
                out.putIfAbsent(s.getString("id"), s);
            }
        }
        for (int n : objectives) {
            for (JsonObject s : objective(c, data, actor, n, v12)) {
                out.putIfAbsent(s.getString("id"), s);
            }
        }
        return List.copyOf(out.values());
    }

    /** The {@code answered} statement of interaction n, or null while it has no id or nothing answered. */
    static JsonObject interaction(ScormStatements.Change c, Map<String, String> data, JsonObject actor, int n, boolean v12) {
        String p = "cmi.interactions." + n + ".";
        String id = data.get(p + "id");
        String response = data.get(p + (v12 ? "student_response" : "learner_response"));
        String outcome = data.get(p + "result");
        if (id == null || id.isBlank() || (response == null && outcome == null)) {
            return null;
        }
        String type = data.get(p + "type");
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", INTERACTION);
        String description = data.get(p + "description");
        if (description != null && !description.isBlank()) {
            definition.add("description", langMap(description));
        }
        if (type != null && TYPES.contains(type)) {
            definition.add("interactionType", type);
            JsonArrayBuilder patterns = JSON.createArrayBuilder();
            boolean any = false;
            for (int i = 0; data.containsKey(p + "correct_responses." + i + ".pattern"); i++) {
                patterns.add(response(data.get(p + "correct_responses." + i + ".pattern"), type, v12));
                any = true;
            }
            if (any) {
                definition.add("correctResponsesPattern", patterns);
            }
        }
        JsonObjectBuilder result = JSON.createObjectBuilder();
        if (response != null) {
            result.add("response", response(response, type, v12));
        }
        if ("correct".equals(outcome)) {
            result.add("success", true);
        } else if ("wrong".equals(outcome) || "incorrect".equals(outcome)) {
            result.add("success", false);
        }
        String duration = ScormStatements.duration(data.get(p + "latency"));
        if (duration != null) {
            result.add("duration", duration);
        }
        if (outcome != null) {
            // The SCORM result itself (also "neutral", "unanticipated" or a number), under the profile's IRI.
            result.add("extensions", JSON.createObjectBuilder().add(SCORM_PROFILE + "/extensions/result", outcome));
        }
        String weighting = data.get(p + "weighting");
        JsonObjectBuilder ext = JSON.createObjectBuilder().add("https://firstshift.org/xapi/extensions/scorm-attempt", c.attemptId());
        if (weighting != null && !weighting.isBlank()) {
            ext.add(SCORM_PROFILE + "/extensions/weighting", weighting);
        }
        String statementId = id(c.attemptId(), "interaction:" + n + ":" + own(data, p));
        Instant at = v12 ? null : timestamp(data.get(p + "timestamp"));
        JsonObjectBuilder object = JSON.createObjectBuilder().add("objectType", "Activity")
                .add("id", ScormStatements.activityIri(c.activityId()) + "/interaction/" + encode(id)).add("definition", definition);
        return statement(statementId, c, actor, ANSWERED, object, result.build(), ext, at);
    }

    /** The passed/failed/completed statements of objective n that its current status calls for. */
    static List<JsonObject> objective(ScormStatements.Change c, Map<String, String> data, JsonObject actor, int n, boolean v12) {
        String p = "cmi.objectives." + n + ".";
        String id = data.get(p + "id");
        if (id == null || id.isBlank()) {
            return List.of();
        }
        List<String> verbs = new ArrayList<>();
        if (v12) {
            String status = data.get(p + "status");
            if ("passed".equals(status)) verbs.add(Verbs.PASSED);
            if ("failed".equals(status)) verbs.add(Verbs.FAILED);
            if ("completed".equals(status)) verbs.add(Verbs.COMPLETED);
        } else {
            if ("completed".equals(data.get(p + "completion_status"))) verbs.add(Verbs.COMPLETED);
            String success = data.get(p + "success_status");
            if ("passed".equals(success)) verbs.add(Verbs.PASSED);
            if ("failed".equals(success)) verbs.add(Verbs.FAILED);
        }
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", OBJECTIVE)
                .add("name", JSON.createObjectBuilder().add("en-US", id));
        String description = data.get(p + "description");
        if (description != null && !description.isBlank()) {
            definition.add("description", langMap(description));
        }
        JsonObject object = JSON.createObjectBuilder().add("objectType", "Activity")
                .add("id", ScormStatements.activityIri(c.activityId()) + "/objective/" + encode(id)).add("definition", definition).build();
        List<JsonObject> out = new ArrayList<>();
        for (String verb : verbs) {
            JsonObjectBuilder result = JSON.createObjectBuilder();
            JsonObjectBuilder score = score(data, p);
            if (score != null) {
                result.add("score", score);
            }
            if (Verbs.PASSED.equals(verb) || Verbs.FAILED.equals(verb)) {
                result.add("success", Verbs.PASSED.equals(verb));
            }
            if (Verbs.COMPLETED.equals(verb)) {
                result.add("completion", true);
            }
            String statementId = id(c.attemptId(), "objective:" + n + ":" + own(data, p) + ":" + verb);
            out.add(statement(statementId, c, actor, verb, JSON.createObjectBuilder(object), result.build(),
                    JSON.createObjectBuilder().add("https://firstshift.org/xapi/extensions/scorm-attempt", c.attemptId()), null));
        }
        return out;
    }

    /**
     * A SCORM response or correct-response pattern in xAPI's format. SCORM 2004 already uses
     * xAPI's delimiters ({@code [,]}, {@code [.]}, {@code [:]}); SCORM 1.2 separates with commas
     * and dots, may wrap sets in braces, and writes true/false as t/f or 1/0.
     */
    public static String response(String value, String type, boolean v12) {
        if (!v12 || value == null || type == null) {
            return value;
        }
        return switch (type) {
            case "true-false" -> switch (value.trim()) {
                case "t", "1", "true" -> "true";
                case "f", "0", "false" -> "false";
                default -> value;
            };
            case "choice", "sequencing" -> String.join("[,]", unbrace(value).split(",", -1));
            case "matching" -> {
                List<String> pairs = new ArrayList<>();
                for (String pair : unbrace(value).split(",", -1)) {
                    pairs.add(pair.replace(".", "[.]"));
                }
                yield String.join("[,]", pairs);
            }
            default -> value;
        };
    }

    private static String unbrace(String v) {
        String t = v.trim();
        return t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1) : t;
    }

    /** SCORM 2004 localized strings may start with {lang=xx}; without it the text is en-US. */
    private static JsonObjectBuilder langMap(String text) {
        Matcher m = LANG.matcher(text);
        if (m.matches() && !m.group(1).isBlank()) {
            return JSON.createObjectBuilder().add(m.group(1), m.group(2));
        }
        return JSON.createObjectBuilder().add("en-US", text);
    }

    private static JsonObjectBuilder score(Map<String, String> data, String p) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        boolean any = false;
        for (String part : List.of("scaled", "raw", "min", "max")) {
            String v = data.get(p + "score." + part);
            if (v == null || v.isBlank()) {
                continue;
            }
            try {
                double d = Double.parseDouble(v);
                if (!part.equals("scaled") || (d >= -1 && d <= 1)) {
                    b.add(part, d);
                    any = true;
                }
            } catch (NumberFormatException e) {
                // the run-time refuses such values; a stored one is just left out
            }
        }
        return any ? b : null;
    }

    /**
     * Everything the SCO set under one interaction or objective, sorted: what names its statement.
     * The statement says nothing that is not in here (no clock time), so a statement id always
     * comes with the same content and storing it again is a no-op for the LRS.
     */
    private static String own(Map<String, String> data, String prefix) {
        Map<String, String> own = new TreeMap<>();
        data.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                own.put(k.substring(prefix.length()), v);
            }
        });
        return own.toString();
    }

    /** A SCORM 2004 timestamp as an instant (a local time is read as UTC); null when absent or unreadable. */
    private static Instant timestamp(String scorm) {
        if (scorm == null || scorm.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(scorm).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(scorm).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The name-based UUID of a statement: the same attempt and content always give the same id. */
    static String id(long attemptId, String what) {
        return UUID.nameUUIDFromBytes(("firstshift:package-attempt:" + attemptId + ":" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonObject statement(String id, ScormStatements.Change c, JsonObject actor, String verb, JsonObjectBuilder object,
                                        JsonObject result, JsonObjectBuilder extensions, Instant at) {
        JsonObjectBuilder parent = JSON.createObjectBuilder().add("id", ScormStatements.activityIri(c.activityId()));
        JsonObjectBuilder parentDefinition = JSON.createObjectBuilder().add("type", LESSON);
        if (c.title() != null && !c.title().isBlank()) {
            parentDefinition.add("name", JSON.createObjectBuilder().add("en-US", c.title()));
        }
        parent.add("definition", parentDefinition);
        JsonObjectBuilder s = JSON.createObjectBuilder()
                .add("id", id)
                .add("actor", actor)
                .add("verb", JSON.createObjectBuilder().add("id", verb).add("display", JSON.createObjectBuilder().add("en-US", Verbs.display(verb))))
                .add("object", object)
                .add("context", JSON.createObjectBuilder().add("registration", ScormStatements.registration(c.attemptId()))
                        .add("platform", "FirstShift")
                        .add("contextActivities", JSON.createObjectBuilder()
                                .add("parent", JSON.createArrayBuilder().add(parent))
                                .add("category", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("id", SCORM_PROFILE))))
                        .add("extensions", extensions));
        if (at != null) {
            // otherwise the LRS stamps it when stored, which is the commit (the writer runs inside it)
            s.add("timestamp", at.toString());
        }
        if (!result.isEmpty()) {
            s.add("result", result);
        }
        return s.build();
    }
}
