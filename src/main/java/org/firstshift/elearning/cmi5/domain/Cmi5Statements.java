package org.firstshift.elearning.cmi5.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the LMS writes for cmi5 (spec sections 9 and 10): the LMS.LaunchData state document, and the
 * "launched", "satisfied" and "abandoned" statements, each with the registration, the session id
 * extension, the cmi5 category and the AU's publisher id as grouping activity.
 */
public final class Cmi5Statements {
    public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    public static final String LAUNCH_DATA = "LMS.LaunchData";
    /** The verbs whose statements are "cmi5 defined" when an AU writes them. */
    public static final Set<String> AU_DEFINED = Set.of(Verbs.INITIALIZED, Verbs.COMPLETED, Verbs.PASSED, Verbs.FAILED, Verbs.TERMINATED);
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** What an AU launch is about. {@code publisherId} is the AU's id in cmi5.xml; {@code activityId} the LMS's own IRI. */
    public record Au(String publisherId, String activityId, String title, String courseActivityId, String courseTitle,
                     MoveOn moveOn, Double masteryScore, String launchParameters) {
    }

    private Cmi5Statements() {
    }

    /** The LMS's activity IRI of an AU: never the publisher's id (8.1), the same for every registration. */
    public static String activityId(String packageCode, String publisherId) {
        return "urn:x-firstshift:cmi5:" + packageCode + ":au:" + encode(publisherId);
    }

    /** The LMS's course IRI for satisfied statements: never the publisher's course id (9.3.9). */
    public static String courseId(String packageCode) {
        return "urn:x-firstshift:cmi5:" + packageCode + ":course";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static JsonObject contextTemplate(Au au, String sessionId) {
        return JSON.createObjectBuilder()
                .add("contextActivities", JSON.createObjectBuilder().add("grouping", JSON.createArrayBuilder().add(publisher(au))))
                .add("extensions", JSON.createObjectBuilder().add(SESSION_ID, sessionId))
                .build();
    }

    /** LMS.LaunchData (section 10) of a Normal launch in any window. */
    public static JsonObject launchData(Au au, String sessionId, String returnUrl) {
        return launchData(au, sessionId, returnUrl, LaunchMode.Normal, "AnyWindow", null);
    }

    /**
     * LMS.LaunchData (section 10): what the AU reads from the State API before it starts.
     * {@code entitlementKey} is the course structure's value for the AU, or null when it has none.
     */
    public static JsonObject launchData(Au au, String sessionId, String returnUrl, LaunchMode mode, String launchMethod,
                                        String entitlementKey) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("contextTemplate", contextTemplate(au, sessionId))
                .add("launchMode", mode.name())
                .add("launchMethod", launchMethod == null ? "AnyWindow" : launchMethod)
                .add("moveOn", au.moveOn().name());
        if (au.masteryScore() != null) {
            b.add("masteryScore", au.masteryScore());
        }
        if (returnUrl != null) {
            b.add("returnURL", returnUrl);
        }
        if (au.launchParameters() != null && !au.launchParameters().isBlank()) {
            b.add("launchParameters", au.launchParameters());
        }
        if (entitlementKey != null && !entitlementKey.isBlank()) {
            b.add("entitlementKey", JSON.createObjectBuilder().add("courseStructure", entitlementKey));
        }
        return b.build();
    }

    public static JsonObject launched(JsonObject actor, Au au, String registration, String sessionId, String launchUrl, Instant at) {
        return launched(actor, au, registration, sessionId, launchUrl, LaunchMode.Normal, at);
    }

    public static JsonObject launched(JsonObject actor, Au au, String registration, String sessionId, String launchUrl, LaunchMode mode,
                                      Instant at) {
        JsonObjectBuilder extensions = JSON.createObjectBuilder().add(SESSION_ID, sessionId)
                .add("https://w3id.org/xapi/cmi5/context/extensions/launchmode", mode.name())
                .add("https://w3id.org/xapi/cmi5/context/extensions/launchurl", launchUrl)
                .add("https://w3id.org/xapi/cmi5/context/extensions/moveon", au.moveOn().name());
        if (au.masteryScore() != null) {
            extensions.add("https://w3id.org/xapi/cmi5/context/extensions/masteryscore", au.masteryScore());
        }
        if (au.launchParameters() != null && !au.launchParameters().isBlank()) {
            extensions.add("https://w3id.org/xapi/cmi5/context/extensions/launchparameters", au.launchParameters());
        }
        return statement(actor, Verbs.LAUNCHED, auObject(au), null, context(au, registration, sessionId, false, extensions), at);
    }

    /** The learner met the moveOn criteria of every AU of the course (9.3.9). */
    public static JsonObject satisfied(JsonObject actor, Au au, String registration, String sessionId, Instant at) {
        return satisfied(actor, au, registration, sessionId, au.courseActivityId(), "https://w3id.org/xapi/cmi5/activitytype/course",
                au.courseTitle(), at);
    }

    /**
     * The learner met the moveOn criteria of every AU of a block or the course (9.3.9): {@code objectId}
     * is the LMS's block or course IRI, {@code type} the cmi5 activity type; {@code au} is the AU whose
     * session (or waiver) triggered it, named as publisher grouping.
     */
    public static JsonObject satisfied(JsonObject actor, Au au, String registration, String sessionId, String objectId, String type,
                                       String title, Instant at) {
        JsonObjectBuilder object = JSON.createObjectBuilder().add("objectType", "Activity").add("id", objectId)
                .add("definition", JSON.createObjectBuilder().add("type", type)
                        .add("name", JSON.createObjectBuilder().add("en-US", title == null ? objectId : title)));
        return statement(actor, Verbs.SATISFIED, object, null,
                context(au, registration, sessionId, false, JSON.createObjectBuilder().add(SESSION_ID, sessionId)), at);
    }

    /** The LMS's block IRI for satisfied statements: never the publisher's block id (9.3.9). */
    public static String blockId(String packageCode, String publisherId) {
        return "urn:x-firstshift:cmi5:" + packageCode + ":block:" + encode(publisherId);
    }

    /** The reasons an AU may be waived for (9.5.5.2), in the order the waiver page offers them. */
    public static final List<String> WAIVE_REASONS = List.of("Tested Out", "Equivalent AU", "Equivalent Outside Activity", "Administrative");
    public static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";

    /** The LMS waives an AU for the learner (9.3.7): success and completion true, the reason, a session id of its own. */
    public static JsonObject waived(JsonObject actor, Au au, String registration, String sessionId, String reason, Instant at) {
        JsonObjectBuilder result = JSON.createObjectBuilder().add("success", true).add("completion", true)
                .add("extensions", JSON.createObjectBuilder().add(REASON, reason));
        return statement(actor, Verbs.WAIVED, auObject(au), result,
                context(au, registration, sessionId, true, JSON.createObjectBuilder().add(SESSION_ID, sessionId)), at);
    }

    /** A session launched but never terminated, found open by a newer launch (9.3.6). */
    public static JsonObject abandoned(JsonObject actor, Au au, String registration, String sessionId, Duration length, Instant at) {
        JsonObjectBuilder result = JSON.createObjectBuilder().add("duration", length.isNegative() ? "PT0S" : length.toString());
        return statement(actor, Verbs.ABANDONED, auObject(au), result,
                context(au, registration, sessionId, false, JSON.createObjectBuilder().add(SESSION_ID, sessionId)), at);
    }

    /** The session id extension of a statement's context, or null. */
    public static String sessionIdOf(JsonObject statement) {
        if (statement.get("context") instanceof JsonObject c && c.get("extensions") instanceof JsonObject e
                && e.get(SESSION_ID) instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return null;
    }

    /** Whether the statement carries the cmi5 category (so the AU says it is "cmi5 defined"). */
    public static boolean hasCmi5Category(JsonObject statement) {
        if (statement.get("context") instanceof JsonObject c && c.get("contextActivities") instanceof JsonObject ca
                && ca.get("category") instanceof JsonArray list) {
            for (JsonValue v : list) {
                if (v instanceof JsonObject a && CATEGORY_CMI5.equals(a.getString("id", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonObject publisher(Au au) {
        return JSON.createObjectBuilder().add("objectType", "Activity").add("id", au.publisherId()).build();
    }

    private static JsonObjectBuilder auObject(Au au) {
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", "https://w3id.org/xapi/cmi5/activitytype/au")
                .add("name", JSON.createObjectBuilder().add("en-US", au.title()));
        return JSON.createObjectBuilder().add("objectType", "Activity").add("id", au.activityId()).add("definition", definition);
    }

    private static JsonObjectBuilder context(Au au, String registration, String sessionId, boolean moveOn, JsonObjectBuilder extensions) {
        var category = JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("id", CATEGORY_CMI5));
        if (moveOn) {
            category.add(JSON.createObjectBuilder().add("id", CATEGORY_MOVEON));
        }
        return JSON.createObjectBuilder().add("registration", registration)
                .add("contextActivities", JSON.createObjectBuilder()
                        .add("grouping", JSON.createArrayBuilder().add(publisher(au)))
                        .add("category", category))
                .add("extensions", extensions);
    }

    private static JsonObject statement(JsonObject actor, String verb, JsonObjectBuilder object, JsonObjectBuilder result,
                                        JsonObjectBuilder context, Instant at) {
        JsonObjectBuilder s = JSON.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("actor", actor)
                .add("verb", JSON.createObjectBuilder().add("id", verb).add("display", JSON.createObjectBuilder().add("en-US", Verbs.display(verb))))
                .add("object", object).add("context", context).add("timestamp", at.toString());
        if (result != null) {
            s.add("result", result);
        }
        return s.build();
    }
}
