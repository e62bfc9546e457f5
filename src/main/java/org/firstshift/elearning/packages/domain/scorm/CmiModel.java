package org.firstshift.elearning.packages.domain.scorm;

import org.firstshift.elearning.packages.domain.PackageKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One attempt's run-time data model, SCORM 1.2 or SCORM 2004, with GetValue/SetValue exactly as
 * the run-time environment books define their results: element names, read-only and write-only
 * elements, keywords ({@code _children}, {@code _count}, {@code _version}), array order,
 * dependencies (an interaction's id first), vocabularies, types and ranges, each failure with its
 * error code (1.2: 201/202/203/401/402/403/404/405; 2004: 301/351/401/403/404/405/406/407/408).
 * Pure Java, so the server can replay a SCO's batched calls and decide; the session state
 * (initialized, terminated) is the API object's, not the data model's.
 */
public final class CmiModel {
    /** Far above SCORM 2004's 64,000-character smallest permitted maximum, and below the column's size. */
    public static final int MAX_SUSPEND_DATA = 500_000;
    static final Pattern INDEX = Pattern.compile("\\.(\\d+)(?=\\.|$)");

    private final PackageKind kind;
    private final Map<String, String> values;

    public record Result(String value, int error) {
        public boolean ok() {
            return error == 0;
        }
    }

    public CmiModel(PackageKind kind, Map<String, String> values) {
        if (kind != PackageKind.SCORM_12 && kind != PackageKind.SCORM_2004) {
            throw new IllegalArgumentException("SCORM only: " + kind);
        }
        this.kind = kind;
        this.values = new LinkedHashMap<>(values);
    }

    /** The data model at the first launch: the LMS-provided values, everything else unset. */
    public static CmiModel fresh(PackageKind kind, String learnerId, String learnerName, Double masteryScore, String launchData) {
        Map<String, String> v = new LinkedHashMap<>();
        if (kind == PackageKind.SCORM_12) {
            v.put("cmi.core.student_id", learnerId);
            v.put("cmi.core.student_name", learnerName);
            v.put("cmi.core.credit", "credit");
            v.put("cmi.core.lesson_status", "not attempted");
            v.put("cmi.core.entry", "ab-initio");
            v.put("cmi.core.total_time", "0000:00:00.00");
            v.put("cmi.core.lesson_mode", "normal");
            v.put("cmi.launch_data", launchData == null ? "" : launchData);
            v.put("cmi.comments_from_lms", "");
            v.put("cmi.student_data.mastery_score", masteryScore == null ? "" : BigDecimal.valueOf(masteryScore).stripTrailingZeros().toPlainString());
            v.put("cmi.student_data.max_time_allowed", "");
            v.put("cmi.student_data.time_limit_action", "continue,no message");
        } else {
            v.put("cmi._version", "1.0");
            v.put("cmi.learner_id", learnerId);
            v.put("cmi.learner_name", learnerName);
            v.put("cmi.credit", "credit");
            v.put("cmi.mode", "normal");
            v.put("cmi.entry", "ab-initio");
            v.put("cmi.completion_status", "unknown");
            v.put("cmi.success_status", "unknown");
            v.put("cmi.total_time", "PT0S");
            v.put("cmi.time_limit_action", "continue,no message");
            if (launchData != null) {
                v.put("cmi.launch_data", launchData);
            }
            if (masteryScore != null) {
                v.put("cmi.scaled_passing_score", BigDecimal.valueOf(masteryScore).stripTrailingZeros().toPlainString());
            }
        }
        return new CmiModel(kind, v);
    }

    public PackageKind kind() {
        return kind;
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    private boolean v12() {
        return kind == PackageKind.SCORM_12;
    }

    private Map<String, CmiElement> rules() {
        return CmiRules.of(kind);
    }

    private Map<String, String> childrenLists() {
        return v12() ? CmiRules.CHILDREN_12 : CmiRules.CHILDREN_2004;
    }

    static String normalize(String element) {
        return INDEX.matcher(element).replaceAll(".n");
    }

    private boolean isArray(String normalized) {
        String prefix = normalized + ".n.";
        return rules().keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private boolean isKnownNode(String normalized) {
        String prefix = normalized + ".";
        return rules().containsKey(normalized) || rules().keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** How many records the array at this (concrete) path holds: the highest index set plus one. */
    public int count(String array) {
        Pattern p = Pattern.compile(Pattern.quote(array) + "\\.(\\d+)\\..*");
        int max = -1;
        for (String key : values.keySet()) {
            Matcher m = p.matcher(key);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max + 1;
    }

    // ============================================================== GetValue

    public Result get(String element) {
        if (element == null || element.isEmpty()) {
            return new Result("", v12() ? 201 : 301);
        }
        if (element.endsWith("._children")) {
            String base = element.substring(0, element.length() - "._children".length());
            String n = normalize(base);
            if (childrenLists().containsKey(n)) {
                return new Result(childrenLists().get(n), 0);
            }
            return new Result("", isKnownNode(n) ? (v12() ? 202 : 301) : (v12() ? 201 : 401));
        }
        if (element.endsWith("._count")) {
            String base = element.substring(0, element.length() - "._count".length());
            String n = normalize(base);
            if (isArray(n)) {
                return new Result(String.valueOf(count(base)), 0);
            }
            return new Result("", isKnownNode(n) ? (v12() ? 203 : 301) : (v12() ? 201 : 401));
        }
        if (!v12() && element.startsWith("adl.nav.request_valid.")) {
            // The sequencing engine answers these in the player; the data model alone cannot tell.
            return new Result("unknown", 0);
        }
        String n = normalize(element);
        CmiElement def = rules().get(n);
        if (def == null) {
            return new Result("", v12() ? 201 : 401);
        }
        if (!def.readable()) {
            return new Result("", v12() ? 404 : 405);
        }
        if (!indicesExist(element)) {
            return new Result("", v12() ? 201 : 301);
        }
        String value = values.get(element);
        if (value == null) {
            return new Result("", v12() ? 0 : 403);
        }
        return new Result(value, 0);
    }

    private boolean indicesExist(String element) {
        Matcher m = INDEX.matcher(element);
        while (m.find()) {
            String array = element.substring(0, m.start());
            if (Integer.parseInt(m.group(1)) >= count(array)) {
                return false;
            }
        }
        return true;
    }

    // ============================================================== SetValue

    public int set(String element, String value) {
        if (element == null || element.isEmpty()) {
            return v12() ? 201 : 351;
        }
        if (value == null) {
            return v12() ? 405 : 406;
        }
        if (element.endsWith("._children") || element.endsWith("._count") || element.endsWith("._version")) {
            return v12() ? 402 : 404;
        }
        if (!v12() && element.startsWith("adl.nav.request_valid.")) {
            return 404;
        }
        String n = normalize(element);
        CmiElement def = rules().get(n);
        if (def == null) {
            return v12() ? 201 : 401;
        }
        if (!def.writable()) {
            return v12() ? 403 : 404;
        }
        int order = checkOrder(element, n);
        if (order != 0) {
            return order;
        }
        int type = checkValue(def, value);
        if (type != 0) {
            return type;
        }
        int unique = checkUnique(element, n, value);
        if (unique != 0) {
            return unique;
        }
        if (v12() && n.equals("cmi.core.lesson_status") && value.equals("not attempted")) {
            return 405; // the LMS's own starting value; a SCO may not set it
        }
        if (v12() && n.equals("cmi.comments")) {
            String joined = values.getOrDefault("cmi.comments", "") + value;
            if (joined.length() > def.maxLength()) {
                return 405;
            }
            values.put(element, joined);
            return 0;
        }
        values.put(element, value);
        return 0;
    }

    /** Records of an array are added in order, and (2004) a record's identifier comes before its other values. */
    private int checkOrder(String element, String normalized) {
        Matcher m = INDEX.matcher(element);
        while (m.find()) {
            String array = element.substring(0, m.start());
            int index = Integer.parseInt(m.group(1));
            int count = count(array);
            if (index > count) {
                return v12() ? 201 : 351;
            }
            if (!v12()) {
                String record = element.substring(0, m.end());
                String rest = element.substring(m.end());
                boolean hasId = values.containsKey(record + ".id");
                boolean needsId = normalize(array).equals("cmi.interactions") || normalize(array).equals("cmi.objectives")
                        || normalize(array).equals("cmi.interactions.n.objectives");
                if (needsId && !hasId && !rest.equals(".id")) {
                    return 408;
                }
            }
        }
        if (!v12() && normalized.equals("cmi.interactions.n.correct_responses.n.pattern")) {
            String interaction = element.substring(0, element.indexOf(".correct_responses."));
            if (!values.containsKey(interaction + ".type")) {
                return 408;
            }
        }
        if (!v12() && normalized.equals("cmi.interactions.n.learner_response")) {
            String interaction = element.substring(0, element.lastIndexOf('.'));
            if (!values.containsKey(interaction + ".type")) {
                return 408;
            }
        }
        return 0;
    }

    private int checkValue(CmiElement def, String value) {
        int mismatch = v12() ? 405 : 406;
        if (def.vocabulary() != null && !def.vocabulary().contains(value)) {
            return mismatch;
        }
        if (def.pattern() != null && !def.pattern().matcher(value).matches()) {
            return mismatch;
        }
        if (def.maxLength() > 0 && value.length() > def.maxLength()) {
            return v12() ? 405 : 406;
        }
        if ((def.min() != null || def.max() != null) && !value.isEmpty()) {
            double d;
            try {
                d = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return mismatch;
            }
            if (def.min() != null && d < def.min() || def.max() != null && d > def.max()) {
                return v12() ? 405 : 407;
            }
        }
        return 0;
    }

    /** 2004: identifiers are unique within their array, and an objective's id never changes once set. */
    private int checkUnique(String element, String normalized, String value) {
        if (v12() || !normalized.endsWith(".id")) {
            return 0;
        }
        String record = element.substring(0, element.length() - 3);
        String array = record.substring(0, record.lastIndexOf('.'));
        String current = values.get(element);
        if (current != null && !current.equals(value) && normalized.equals("cmi.objectives.n.id")) {
            return 351;
        }
        int count = count(array);
        for (int i = 0; i < count; i++) {
            String other = array + "." + i + ".id";
            if (!other.equals(element) && value.equals(values.get(other))) {
                return 351;
            }
        }
        return 0;
    }

    // ============================================================== sessions (LMS side)

    /**
     * A launch of the SCO. After a suspend the data is resumed ({@code entry = resume}); otherwise
     * SCORM 2004 starts a new attempt with fresh data, while SCORM 1.2 keeps what it had (1.2 leaves
     * this to the LMS). Returns the model the SCO sees.
     */
    /** How many attempts (not sessions: a resume continues one) the learner has begun. */
    public int attempts() {
        return Integer.parseInt(values.getOrDefault("fs.attempts", "0"));
    }

    /**
     * Notes when the attempt this session belongs to began (kept on a resume, set anew when a
     * launch begins a new attempt): sequencing measures attemptAbsoluteDurationLimit from it.
     */
    public void attemptBegan(java.time.Instant at) {
        if (!"resume".equals(values.get(v12() ? "cmi.core.entry" : "cmi.entry")) || !values.containsKey("fs.attempt_started")) {
            values.put("fs.attempt_started", at.toString());
        }
    }

    /** When the current attempt began, when recorded (attempts from before it was recorded have none). */
    public java.util.Optional<java.time.Instant> attemptStartedAt() {
        String v = values.get("fs.attempt_started");
        try {
            return v == null ? java.util.Optional.empty() : java.util.Optional.of(java.time.Instant.parse(v));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** The time the run-time recorded for the current attempt (cmi.total_time / cmi.core.total_time). */
    public java.time.Duration recordedTime() {
        long centis = v12() ? Timespans.centis12(values.getOrDefault("cmi.core.total_time", "0000:00:00"))
                : Timespans.centisIso(values.getOrDefault("cmi.total_time", "PT0S"));
        return java.time.Duration.ofMillis(centis * 10);
    }

    public CmiModel newSession(String learnerId, String learnerName, Double masteryScore, String launchData) {
        boolean suspended = "suspend".equals(values.get(v12() ? "cmi.core.exit" : "cmi.exit"));
        CmiModel next;
        if (!v12() && !suspended && values.containsKey("fs.sessions")) {
            next = fresh(kind, learnerId, learnerName, masteryScore, launchData);
        } else {
            next = new CmiModel(kind, values);
        }
        String sessions = values.getOrDefault("fs.sessions", "0");
        next.values.put("fs.sessions", String.valueOf(Integer.parseInt(sessions) + 1));
        // A resumed session continues the attempt; any other launch begins a new one (for attemptLimit).
        int attempts = Integer.parseInt(values.getOrDefault("fs.attempts", "0"));
        next.values.put("fs.attempts", String.valueOf(suspended ? Math.max(1, attempts) : attempts + 1));
        next.values.put(v12() ? "cmi.core.entry" : "cmi.entry", suspended ? "resume" : sessions.equals("0") ? "ab-initio" : "");
        next.values.remove(v12() ? "cmi.core.exit" : "cmi.exit");
        next.values.remove(v12() ? "cmi.core.session_time" : "cmi.session_time");
        return next;
    }

    /**
     * The SCO called LMSFinish/Terminate: the session time joins the total time, and the LMS
     * decides what the SCO left open (1.2: a mastery score turns a raw score into passed/failed,
     * a status never set becomes incomplete; 2004: thresholds decide completion and success).
     */
    public void endSession() {
        if (v12()) {
            String session = values.get("cmi.core.session_time");
            if (session != null) {
                long total = Timespans.centis12(values.getOrDefault("cmi.core.total_time", "0000:00:00")) + Timespans.centis12(session);
                values.put("cmi.core.total_time", Timespans.format12(total));
            }
            if ("not attempted".equals(values.get("cmi.core.lesson_status"))) {
                values.put("cmi.core.lesson_status", "incomplete");
            }
            String mastery = values.get("cmi.student_data.mastery_score");
            String raw = values.get("cmi.core.score.raw");
            String status = values.get("cmi.core.lesson_status");
            if (mastery != null && !mastery.isEmpty() && raw != null && !raw.isEmpty()
                    && "credit".equals(values.get("cmi.core.credit")) && !"browsed".equals(status)) {
                values.put("cmi.core.lesson_status", Double.parseDouble(raw) >= Double.parseDouble(mastery) ? "passed" : "failed");
            }
        } else {
            String session = values.get("cmi.session_time");
            if (session != null) {
                long total = Timespans.centisIso(values.getOrDefault("cmi.total_time", "PT0S")) + Timespans.centisIso(session);
                values.put("cmi.total_time", Timespans.formatIso(total));
            }
        }
    }

    // ============================================================== what the LMS reads

    /** The statuses an LMS derives from the raw values (RTE 4.2.4.1 and 4.2.22.1 for 2004). */
    public record Status(String lessonStatus, String completion, String success, Double scoreRaw, Double scoreScaled) {
        public boolean completed() {
            return "completed".equals(completion) || "passed".equals(success);
        }

        public boolean passed() {
            return "passed".equals(success);
        }

        public boolean failed() {
            return "failed".equals(success);
        }

        /** The score as a whole percentage, when the SCO reported one. */
        public Integer percent() {
            if (scoreScaled != null) {
                return (int) Math.round(scoreScaled * 100);
            }
            return scoreRaw == null ? null : (int) Math.round(scoreRaw);
        }
    }

    public Status status() {
        if (v12()) {
            String s = values.getOrDefault("cmi.core.lesson_status", "not attempted");
            String completion = switch (s) {
                case "completed", "passed", "failed" -> "completed";
                case "incomplete", "browsed" -> "incomplete";
                default -> "not attempted";
            };
            String success = switch (s) {
                case "passed" -> "passed";
                case "failed" -> "failed";
                default -> "unknown";
            };
            Double raw = number("cmi.core.score.raw");
            Double max = number("cmi.core.score.max");
            Double min = number("cmi.core.score.min");
            Double scaled = raw != null && max != null && max > (min == null ? 0 : min)
                    ? (raw - (min == null ? 0 : min)) / (max - (min == null ? 0 : min)) : null;
            return new Status(s, completion, success, raw, scaled);
        }
        String completion = values.getOrDefault("cmi.completion_status", "unknown");
        Double threshold = number("cmi.completion_threshold");
        Double progress = number("cmi.progress_measure");
        if (threshold != null && progress != null) {
            completion = progress >= threshold ? "completed" : "incomplete";
        }
        String success = values.getOrDefault("cmi.success_status", "unknown");
        Double passing = number("cmi.scaled_passing_score");
        Double scaled = number("cmi.score.scaled");
        if (passing != null) {
            success = scaled == null ? "unknown" : scaled >= passing ? "passed" : "failed";
        }
        return new Status(null, completion, success, number("cmi.score.raw"), scaled);
    }

    private Double number(String element) {
        String v = values.get(element);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The values a learner or an admin sees in "why isn't this complete?", in a stable order. */
    public List<Map.Entry<String, String>> explain() {
        List<String> keys = v12()
                ? List.of("cmi.core.lesson_status", "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max",
                "cmi.student_data.mastery_score", "cmi.core.exit", "cmi.core.entry", "cmi.core.lesson_location", "cmi.core.total_time")
                : List.of("cmi.completion_status", "cmi.success_status", "cmi.score.scaled", "cmi.score.raw",
                "cmi.scaled_passing_score", "cmi.progress_measure", "cmi.completion_threshold", "cmi.exit", "cmi.entry",
                "cmi.location", "cmi.total_time");
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String k : keys) {
            out.add(Map.entry(k, values.getOrDefault(k, "")));
        }
        return out;
    }
}
