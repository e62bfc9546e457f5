package org.firstshift.elearning.packages.domain.scorm;

import org.firstshift.elearning.packages.domain.PackageKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.firstshift.elearning.packages.domain.scorm.CmiElement.Access.RO;
import static org.firstshift.elearning.packages.domain.scorm.CmiElement.Access.RW;
import static org.firstshift.elearning.packages.domain.scorm.CmiElement.Access.WO;

/**
 * The data model tables of SCORM 1.2 (RTE 3.4) and SCORM 2004 4th edition (RTE 4.2): every
 * element, its access and its type. The tables are data; {@link CmiModel} applies them.
 */
public final class CmiRules {
    static final String DECIMAL = "-?\\d+(\\.\\d+)?";
    static final Pattern P_DECIMAL = Pattern.compile(DECIMAL);
    static final Pattern P_DECIMAL_OR_BLANK = Pattern.compile("(" + DECIMAL + ")?");
    static final Pattern P_TIMESPAN_12 = Pattern.compile("\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?");
    static final Pattern P_TIME_12 = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,2})?");
    static final Pattern P_IDENTIFIER_12 = Pattern.compile("[^\\s]{1,255}");
    static final Pattern P_INTEGER = Pattern.compile("-?\\d+");
    /** ISO 8601 duration as SCORM 2004 restricts it (timeinterval (second,10,2)). */
    static final Pattern P_DURATION = Pattern.compile("P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?");
    /** ISO 8601 date-time as SCORM 2004 restricts it (time (second,10,0)). */
    static final Pattern P_DATETIME = Pattern.compile(
            "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3])(:[0-5]\\d(:[0-5]\\d(\\.\\d{1,2})?)?)?"
                    + "(Z|[+-]([01]\\d|2[0-3])(:[0-5]\\d)?)?)?)?)?");
    /** long_identifier_type: a URI, at least not blank and without whitespace. */
    static final Pattern P_LONG_ID = Pattern.compile("[^\\s]+");
    static final Pattern P_LANG = Pattern.compile("([A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)?");

    private CmiRules() {
    }

    public static Map<String, CmiElement> of(PackageKind kind) {
        return kind == PackageKind.SCORM_12 ? SCORM_12 : SCORM_2004;
    }

    /** The {@code _children} lists by element (indices as {@code n}). */
    public static Map<String, String> children(PackageKind kind) {
        return kind == PackageKind.SCORM_12 ? CHILDREN_12 : CHILDREN_2004;
    }

    static final Map<String, CmiElement> SCORM_12 = new LinkedHashMap<>();
    static final Map<String, CmiElement> SCORM_2004 = new LinkedHashMap<>();

    /** Arrays (the element before {@code .n.}) and their children lists. */
    static final Map<String, String> CHILDREN_12 = new LinkedHashMap<>();
    static final Map<String, String> CHILDREN_2004 = new LinkedHashMap<>();

    private static void e12(String name, CmiElement.Access access, String type, Pattern p, List<String> vocab, Double min, Double max, int len) {
        SCORM_12.put(name, new CmiElement(name, access, type, p, vocab, min, max, len));
    }

    private static void e04(String name, CmiElement.Access access, String type, Pattern p, List<String> vocab, Double min, Double max, int len) {
        SCORM_2004.put(name, new CmiElement(name, access, type, p, vocab, min, max, len));
    }

    static {
        List<String> status12 = List.of("passed", "completed", "failed", "incomplete", "browsed", "not attempted");
        e12("cmi.core.student_id", RO, "CMIIdentifier", null, null, null, null, 255);
        e12("cmi.core.student_name", RO, "CMIString255", null, null, null, null, 255);
        e12("cmi.core.lesson_location", RW, "CMIString255", null, null, null, null, 255);
        e12("cmi.core.credit", RO, "CMIVocabulary", null, null, null, null, 0);
        e12("cmi.core.lesson_status", RW, "CMIVocabulary", null, status12, null, null, 0);
        e12("cmi.core.entry", RO, "CMIVocabulary", null, null, null, null, 0);
        e12("cmi.core.score.raw", RW, "CMIDecimal", P_DECIMAL_OR_BLANK, null, 0.0, 100.0, 0);
        e12("cmi.core.score.max", RW, "CMIDecimal", P_DECIMAL_OR_BLANK, null, 0.0, 100.0, 0);
        e12("cmi.core.score.min", RW, "CMIDecimal", P_DECIMAL_OR_BLANK, null, 0.0, 100.0, 0);
        e12("cmi.core.total_time", RO, "CMITimespan", null, null, null, null, 0);
        e12("cmi.core.lesson_mode", RO, "CMIVocabulary", null, null, null, null, 0);
        e12("cmi.core.exit", WO, "CMIVocabulary", null, List.of("time-out", "suspend", "logout", ""), null, null, 0);
        e12("cmi.core.session_time", WO, "CMITimespan", P_TIMESPAN_12, null, null, null, 0);
        e12("cmi.suspend_data", RW, "CMIString4096", null, null, null, null, 4096);
        e12("cmi.launch_data", RO, "CMIString4096", null, null, null, null, 4096);
        e12("cmi.comments", RW, "CMIString4096", null, null, null, null, 4096);
        e12("cmi.comments_from_lms", RO, "CMIString4096", null, null, null, null, 4096);
        e12("cmi.objectives.n.id", RW, "CMIIdentifier", P_IDENTIFIER_12, null, null, null, 255);
        e12("cmi.objectives.n.score.raw", RW, "CMIDecimal", P_DECIMAL_OR_BLANK, null, 0.0, 100.0, 0);
        e12("cmi.objectives.n.score.max", RW, "CMIDecimal", P_DECIMAL_OR_BLANK, null, 0.0, 100.0, 0);
        e12("cmi.objectives.n.score.min", RW, "CMIDecimal", P_DECIMAL_OR_BLANK, null, 0.0, 100.0, 0);
        e12("cmi.objectives.n.status", RW, "CMIVocabulary", null, status12, null, null, 0);
        e12("cmi.student_data.mastery_score", RO, "CMIDecimal", null, null, null, null, 0);
        e12("cmi.student_data.max_time_allowed", RO, "CMITimespan", null, null, null, null, 0);
        e12("cmi.student_data.time_limit_action", RO, "CMIVocabulary", null, null, null, null, 0);
        e12("cmi.student_preference.audio", RW, "CMISInteger", P_INTEGER, null, -1.0, 100.0, 0);
        e12("cmi.student_preference.language", RW, "CMIString255", null, null, null, null, 255);
        e12("cmi.student_preference.speed", RW, "CMISInteger", P_INTEGER, null, -100.0, 100.0, 0);
        e12("cmi.student_preference.text", RW, "CMISInteger", P_INTEGER, null, -1.0, 1.0, 0);
        e12("cmi.interactions.n.id", WO, "CMIIdentifier", P_IDENTIFIER_12, null, null, null, 255);
        e12("cmi.interactions.n.objectives.n.id", WO, "CMIIdentifier", P_IDENTIFIER_12, null, null, null, 255);
        e12("cmi.interactions.n.time", WO, "CMITime", P_TIME_12, null, null, null, 0);
        e12("cmi.interactions.n.type", WO, "CMIVocabulary", null,
                List.of("true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"), null, null, 0);
        e12("cmi.interactions.n.correct_responses.n.pattern", WO, "CMIFeedback", null, null, null, null, 255);
        e12("cmi.interactions.n.weighting", WO, "CMIDecimal", P_DECIMAL, null, null, null, 0);
        e12("cmi.interactions.n.student_response", WO, "CMIFeedback", null, null, null, null, 255);
        e12("cmi.interactions.n.result", WO, "CMIVocabulary", Pattern.compile("correct|wrong|unanticipated|neutral|" + DECIMAL), null, null, null, 0);
        e12("cmi.interactions.n.latency", WO, "CMITimespan", P_TIMESPAN_12, null, null, null, 0);
        CHILDREN_12.put("cmi", "core,suspend_data,launch_data,comments,objectives,student_data,student_preference,interactions");
        CHILDREN_12.put("cmi.core", "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time");
        CHILDREN_12.put("cmi.core.score", "raw,min,max");
        CHILDREN_12.put("cmi.objectives", "id,score,status");
        CHILDREN_12.put("cmi.objectives.n.score", "raw,min,max");
        CHILDREN_12.put("cmi.student_data", "mastery_score,max_time_allowed,time_limit_action");
        CHILDREN_12.put("cmi.student_preference", "audio,language,speed,text");
        CHILDREN_12.put("cmi.interactions", "id,objectives,time,type,correct_responses,weighting,student_response,result,latency");

        List<String> completion = List.of("completed", "incomplete", "not attempted", "unknown");
        List<String> success = List.of("passed", "failed", "unknown");
        Pattern scaled = P_DECIMAL;
        e04("cmi._version", RO, "characterstring", null, null, null, null, 0);
        e04("cmi.comments_from_learner.n.comment", RW, "localized_string_type", null, null, null, null, 4000);
        e04("cmi.comments_from_learner.n.location", RW, "characterstring", null, null, null, null, 250);
        e04("cmi.comments_from_learner.n.timestamp", RW, "time", P_DATETIME, null, null, null, 0);
        e04("cmi.comments_from_lms.n.comment", RO, "localized_string_type", null, null, null, null, 4000);
        e04("cmi.comments_from_lms.n.location", RO, "characterstring", null, null, null, null, 250);
        e04("cmi.comments_from_lms.n.timestamp", RO, "time", null, null, null, null, 0);
        e04("cmi.completion_status", RW, "state", null, completion, null, null, 0);
        e04("cmi.completion_threshold", RO, "real", null, null, null, null, 0);
        e04("cmi.credit", RO, "state", null, null, null, null, 0);
        e04("cmi.entry", RO, "state", null, null, null, null, 0);
        e04("cmi.exit", WO, "state", null, List.of("time-out", "suspend", "logout", "normal", ""), null, null, 0);
        e04("cmi.interactions.n.id", RW, "long_identifier_type", P_LONG_ID, null, null, null, 4000);
        e04("cmi.interactions.n.type", RW, "state", null,
                List.of("true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"), null, null, 0);
        e04("cmi.interactions.n.objectives.n.id", RW, "long_identifier_type", P_LONG_ID, null, null, null, 4000);
        e04("cmi.interactions.n.timestamp", RW, "time", P_DATETIME, null, null, null, 0);
        e04("cmi.interactions.n.correct_responses.n.pattern", RW, "characterstring", null, null, null, null, 7800);
        e04("cmi.interactions.n.weighting", RW, "real", scaled, null, null, null, 0);
        e04("cmi.interactions.n.learner_response", RW, "characterstring", null, null, null, null, 7800);
        e04("cmi.interactions.n.result", RW, "state", Pattern.compile("correct|incorrect|unanticipated|neutral|" + DECIMAL), null, null, null, 0);
        e04("cmi.interactions.n.latency", RW, "timeinterval", P_DURATION, null, null, null, 0);
        e04("cmi.interactions.n.description", RW, "localized_string_type", null, null, null, null, 250);
        e04("cmi.launch_data", RO, "characterstring", null, null, null, null, 4000);
        e04("cmi.learner_id", RO, "long_identifier_type", null, null, null, null, 4000);
        e04("cmi.learner_name", RO, "localized_string_type", null, null, null, null, 250);
        e04("cmi.learner_preference.audio_level", RW, "real", scaled, null, 0.0, null, 0);
        e04("cmi.learner_preference.language", RW, "language_type", P_LANG, null, null, null, 250);
        e04("cmi.learner_preference.delivery_speed", RW, "real", scaled, null, 0.0, null, 0);
        e04("cmi.learner_preference.audio_captioning", RW, "state", null, List.of("-1", "0", "1"), null, null, 0);
        e04("cmi.location", RW, "characterstring", null, null, null, null, 1000);
        e04("cmi.max_time_allowed", RO, "timeinterval", null, null, null, null, 0);
        e04("cmi.mode", RO, "state", null, null, null, null, 0);
        e04("cmi.objectives.n.id", RW, "long_identifier_type", P_LONG_ID, null, null, null, 4000);
        e04("cmi.objectives.n.score.scaled", RW, "real", scaled, null, -1.0, 1.0, 0);
        e04("cmi.objectives.n.score.raw", RW, "real", scaled, null, null, null, 0);
        e04("cmi.objectives.n.score.min", RW, "real", scaled, null, null, null, 0);
        e04("cmi.objectives.n.score.max", RW, "real", scaled, null, null, null, 0);
        e04("cmi.objectives.n.success_status", RW, "state", null, success, null, null, 0);
        e04("cmi.objectives.n.completion_status", RW, "state", null, completion, null, null, 0);
        e04("cmi.objectives.n.progress_measure", RW, "real", scaled, null, 0.0, 1.0, 0);
        e04("cmi.objectives.n.description", RW, "localized_string_type", null, null, null, null, 250);
        e04("cmi.progress_measure", RW, "real", scaled, null, 0.0, 1.0, 0);
        e04("cmi.scaled_passing_score", RO, "real", null, null, null, null, 0);
        e04("cmi.score.scaled", RW, "real", scaled, null, -1.0, 1.0, 0);
        e04("cmi.score.raw", RW, "real", scaled, null, null, null, 0);
        e04("cmi.score.min", RW, "real", scaled, null, null, null, 0);
        e04("cmi.score.max", RW, "real", scaled, null, null, null, 0);
        e04("cmi.session_time", WO, "timeinterval", P_DURATION, null, null, null, 0);
        e04("cmi.success_status", RW, "state", null, success, null, null, 0);
        // 64,000 is SCORM 2004 4th edition's smallest permitted maximum; we keep far more (see CmiModel.MAX_SUSPEND_DATA).
        e04("cmi.suspend_data", RW, "characterstring", null, null, null, null, CmiModel.MAX_SUSPEND_DATA);
        e04("cmi.time_limit_action", RO, "state", null, null, null, null, 0);
        e04("cmi.total_time", RO, "timeinterval", null, null, null, null, 0);
        e04("adl.nav.request", RW, "request", Pattern.compile("continue|previous|choice|jump|exit|exitAll|abandon|abandonAll|suspendAll|_none_"
                + "|\\{target=[^}\\s]+\\}(choice|jump)"), null, null, null, 0);
        CHILDREN_2004.put("cmi.comments_from_learner", "comment,location,timestamp");
        CHILDREN_2004.put("cmi.comments_from_lms", "comment,location,timestamp");
        CHILDREN_2004.put("cmi.interactions", "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description");
        CHILDREN_2004.put("cmi.interactions.n.objectives", "id");
        CHILDREN_2004.put("cmi.interactions.n.correct_responses", "pattern");
        CHILDREN_2004.put("cmi.learner_preference", "audio_level,language,delivery_speed,audio_captioning");
        CHILDREN_2004.put("cmi.objectives", "id,score,success_status,completion_status,progress_measure,description");
        CHILDREN_2004.put("cmi.objectives.n.score", "scaled,raw,min,max");
        CHILDREN_2004.put("cmi.score", "scaled,raw,min,max");
    }
}
