package org.firstshift.elearning.xapi.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a statement against the xAPI data model (1.0.3 and 2.0.0) before anything is stored. Every
 * refusal is an {@link XapiException} with status 400 whose message names the property path and the
 * rule, e.g. {@code statement.actor: an Agent must have exactly one of mbox, mbox_sha1sum, openid,
 * account (found 2)}. Pure: no server, no database, so every rule has a unit test.
 */
public final class StatementValidator {
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    private static final Pattern LANGUAGE = Pattern.compile("^(?:[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*|[xXiI](?:-[A-Za-z0-9]{1,8})+)$");
    private static final Pattern DURATION = Pattern.compile(
            "^P(?:\\d+(?:\\.\\d+)?W|(?=\\d|T\\d)(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?D)?"
                    + "(?:T(?=\\d)(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?)$");
    private static final Pattern STATEMENT_VERSION = Pattern.compile("^(1\\.0|2\\.0)(\\.\\d+)?$");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final Set<String> CONTEXT_ACTIVITY_KINDS = Set.of("parent", "grouping", "category", "other");

    private final XapiVersion version;

    public StatementValidator(XapiVersion version) {
        this.version = version;
    }

    /** Validates a statement as posted by a client ({@code stored} and {@code authority} may be present; the LRS replaces them). */
    public void validate(JsonValue value) {
        JsonObject s = object(value, "statement");
        allowed(s, "statement", Set.of("id", "actor", "verb", "object", "result", "context", "timestamp",
                "stored", "authority", "version", "attachments"));
        if (s.containsKey("id")) {
            uuid(s.get("id"), "statement.id");
        }
        body(s, "statement", false);
        if (s.containsKey("stored")) {
            timestamp(s.get("stored"), "statement.stored");
        }
        if (s.containsKey("authority")) {
            actor(s.get("authority"), "statement.authority");
        }
        if (s.containsKey("version")) {
            String v = string(s.get("version"), "statement.version");
            if (!STATEMENT_VERSION.matcher(v).matches()
                    || (version == XapiVersion.V1_0_3 && !v.startsWith("1.0"))) {
                throw bad("statement.version", "'" + v + "' is not a supported xAPI version (1.0.x"
                        + (version == XapiVersion.V2_0_0 ? " or 2.0.x" : "") + ")");
            }
        }
        JsonObject verb = s.getJsonObject("verb");
        if (VOIDED.equals(verb.getString("id"))) {
            JsonObject target = s.getJsonObject("object");
            if (!"StatementRef".equals(target.getString("objectType", ""))) {
                throw bad("statement.object", "a voiding statement (verb " + VOIDED + ") must have a StatementRef as its object");
            }
        }
    }

    /** The parts a statement and a sub-statement share. */
    private void body(JsonObject s, String path, boolean sub) {
        actor(required(s, "actor", path), path + ".actor");
        verb(required(s, "verb", path), path + ".verb");
        JsonObject object = object(required(s, "object", path), path + ".object");
        String objectType = statementObject(object, path + ".object", sub);
        if (s.containsKey("result")) {
            result(s.get("result"), path + ".result");
        }
        if (s.containsKey("context")) {
            context(s.get("context"), path + ".context", "Activity".equals(objectType));
        }
        if (s.containsKey("timestamp")) {
            timestamp(s.get("timestamp"), path + ".timestamp");
        }
        if (s.containsKey("attachments")) {
            JsonArray attachments = array(s.get("attachments"), path + ".attachments");
            for (int i = 0; i < attachments.size(); i++) {
                attachment(attachments.get(i), path + ".attachments[" + i + "]");
            }
        }
    }

    /** The object of a statement; returns its object type. */
    private String statementObject(JsonObject object, String path, boolean sub) {
        String type = object.containsKey("objectType") ? string(object.get("objectType"), path + ".objectType") : "Activity";
        switch (type) {
            case "Activity" -> activity(object, path);
            case "Agent", "Group" -> actor(object, path);
            case "StatementRef" -> statementRef(object, path);
            case "SubStatement" -> {
                if (sub) {
                    throw bad(path, "a SubStatement must not contain another SubStatement");
                }
                allowed(object, path, Set.of("objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"));
                body(object, path, true);
            }
            default -> throw bad(path + ".objectType", "'" + type
                    + "' is not one of Activity, Agent, Group, StatementRef, SubStatement");
        }
        return type;
    }

    private void statementRef(JsonValue value, String path) {
        JsonObject ref = object(value, path);
        allowed(ref, path, Set.of("objectType", "id"));
        if (!"StatementRef".equals(string(required(ref, "objectType", path), path + ".objectType"))) {
            throw bad(path + ".objectType", "must be StatementRef");
        }
        uuid(required(ref, "id", path), path + ".id");
    }

    /** An Agent or a Group (identified or anonymous), e.g. an agent given as a query parameter. */
    public void actor(JsonValue value, String path) {
        JsonObject a = object(value, path);
        String type = a.containsKey("objectType") ? string(a.get("objectType"), path + ".objectType") : "Agent";
        if ("Agent".equals(type)) {
            agent(a, path);
        } else if ("Group".equals(type)) {
            allowed(a, path, Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account"));
            int ifis = ifis(a, path);
            if (a.containsKey("name")) {
                string(a.get("name"), path + ".name");
            }
            if (ifis > 1) {
                throw bad(path, "a Group must have at most one of mbox, mbox_sha1sum, openid, account (found " + ifis + ")");
            }
            if (ifis == 0 && !a.containsKey("member")) {
                throw bad(path, "an anonymous Group (no identifier) must list its member agents");
            }
            if (a.containsKey("member")) {
                JsonArray members = array(a.get("member"), path + ".member");
                if (ifis == 0 && members.isEmpty()) {
                    throw bad(path + ".member", "an anonymous Group must have at least one member");
                }
                for (int i = 0; i < members.size(); i++) {
                    String m = path + ".member[" + i + "]";
                    JsonObject member = object(members.get(i), m);
                    if (member.containsKey("objectType") && !"Agent".equals(string(member.get("objectType"), m + ".objectType"))) {
                        throw bad(m + ".objectType", "a Group's members must be Agents");
                    }
                    agent(member, m);
                }
            }
        } else {
            throw bad(path + ".objectType", "'" + type + "' is not Agent or Group");
        }
    }

    private void agent(JsonObject a, String path) {
        allowed(a, path, Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"));
        if (a.containsKey("name")) {
            string(a.get("name"), path + ".name");
        }
        int ifis = ifis(a, path);
        if (ifis != 1) {
            throw bad(path, "an Agent must have exactly one of mbox, mbox_sha1sum, openid, account (found " + ifis + ")");
        }
    }

    /** Checks each identifier present and counts them. */
    private int ifis(JsonObject a, String path) {
        int n = 0;
        if (a.containsKey("mbox")) {
            n++;
            String mbox = string(a.get("mbox"), path + ".mbox");
            if (!mbox.startsWith("mailto:") || mbox.indexOf('@') < 8 || mbox.endsWith("@") || mbox.contains(" ")) {
                throw bad(path + ".mbox", "'" + mbox + "' must be a mailto: IRI such as mailto:someone@example.com");
            }
        }
        if (a.containsKey("mbox_sha1sum")) {
            n++;
            if (!SHA1.matcher(string(a.get("mbox_sha1sum"), path + ".mbox_sha1sum")).matches()) {
                throw bad(path + ".mbox_sha1sum", "must be the 40 hex digits of a SHA-1 sum");
            }
        }
        if (a.containsKey("openid")) {
            n++;
            iri(a.get("openid"), path + ".openid");
        }
        if (a.containsKey("account")) {
            n++;
            JsonObject account = object(a.get("account"), path + ".account");
            allowed(account, path + ".account", Set.of("homePage", "name"));
            iri(required(account, "homePage", path + ".account"), path + ".account.homePage");
            string(required(account, "name", path + ".account"), path + ".account.name");
        }
        return n;
    }

    private void verb(JsonValue value, String path) {
        JsonObject verb = object(value, path);
        allowed(verb, path, Set.of("id", "display"));
        iri(required(verb, "id", path), path + ".id");
        if (verb.containsKey("display")) {
            languageMap(verb.get("display"), path + ".display");
        }
    }

    private void activity(JsonObject a, String path) {
        allowed(a, path, Set.of("objectType", "id", "definition"));
        iri(required(a, "id", path), path + ".id");
        if (a.containsKey("definition")) {
            definition(a.get("definition"), path + ".definition");
        }
    }

    private void definition(JsonValue value, String path) {
        JsonObject d = object(value, path);
        allowed(d, path, Set.of("name", "description", "type", "moreInfo", "extensions", "interactionType",
                "correctResponsesPattern", "choices", "scale", "source", "target", "steps"));
        if (d.containsKey("name")) {
            languageMap(d.get("name"), path + ".name");
        }
        if (d.containsKey("description")) {
            languageMap(d.get("description"), path + ".description");
        }
        if (d.containsKey("type")) {
            iri(d.get("type"), path + ".type");
        }
        if (d.containsKey("moreInfo")) {
            iri(d.get("moreInfo"), path + ".moreInfo");
        }
        if (d.containsKey("extensions")) {
            extensions(d.get("extensions"), path + ".extensions");
        }
        if (d.containsKey("interactionType")) {
            String type = string(d.get("interactionType"), path + ".interactionType");
            if (!INTERACTION_TYPES.contains(type)) {
                throw bad(path + ".interactionType", "'" + type + "' is not an xAPI interaction type");
            }
        }
        if (d.containsKey("correctResponsesPattern")) {
            if (!d.containsKey("interactionType")) {
                throw bad(path + ".correctResponsesPattern", "needs an interactionType");
            }
            JsonArray patterns = array(d.get("correctResponsesPattern"), path + ".correctResponsesPattern");
            for (int i = 0; i < patterns.size(); i++) {
                string(patterns.get(i), path + ".correctResponsesPattern[" + i + "]");
            }
        }
        for (String list : new String[]{"choices", "scale", "source", "target", "steps"}) {
            if (d.containsKey(list)) {
                if (!d.containsKey("interactionType")) {
                    throw bad(path + "." + list, "needs an interactionType");
                }
                JsonArray components = array(d.get(list), path + "." + list);
                java.util.Set<String> ids = new java.util.HashSet<>();
                for (int i = 0; i < components.size(); i++) {
                    String c = path + "." + list + "[" + i + "]";
                    JsonObject component = object(components.get(i), c);
                    allowed(component, c, Set.of("id", "description"));
                    String id = string(required(component, "id", c), c + ".id");
                    if (!ids.add(id)) {
                        throw bad(c + ".id", "'" + id + "' is used twice");
                    }
                    if (component.containsKey("description")) {
                        languageMap(component.get("description"), c + ".description");
                    }
                }
            }
        }
    }

    private void result(JsonValue value, String path) {
        JsonObject r = object(value, path);
        allowed(r, path, Set.of("score", "success", "completion", "response", "duration", "extensions"));
        if (r.containsKey("score")) {
            score(r.get("score"), path + ".score");
        }
        for (String flag : new String[]{"success", "completion"}) {
            if (r.containsKey(flag)) {
                JsonValue v = r.get(flag);
                if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
                    throw bad(path + "." + flag, "must be true or false");
                }
            }
        }
        if (r.containsKey("response")) {
            string(r.get("response"), path + ".response");
        }
        if (r.containsKey("duration")) {
            String d = string(r.get("duration"), path + ".duration");
            if (!DURATION.matcher(d).matches()) {
                throw bad(path + ".duration", "'" + d + "' is not an ISO 8601 duration such as PT1H30M or P1DT2.5S");
            }
        }
        if (r.containsKey("extensions")) {
            extensions(r.get("extensions"), path + ".extensions");
        }
    }

    private void score(JsonValue value, String path) {
        JsonObject s = object(value, path);
        allowed(s, path, Set.of("scaled", "raw", "min", "max"));
        BigDecimal scaled = s.containsKey("scaled") ? number(s.get("scaled"), path + ".scaled") : null;
        BigDecimal raw = s.containsKey("raw") ? number(s.get("raw"), path + ".raw") : null;
        BigDecimal min = s.containsKey("min") ? number(s.get("min"), path + ".min") : null;
        BigDecimal max = s.containsKey("max") ? number(s.get("max"), path + ".max") : null;
        if (scaled != null && (scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            throw bad(path + ".scaled", scaled.toPlainString() + " is outside -1..1");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw bad(path, "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            throw bad(path + ".raw", raw.toPlainString() + " is below min " + min.toPlainString());
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            throw bad(path + ".raw", raw.toPlainString() + " is above max " + max.toPlainString());
        }
    }

    private void context(JsonValue value, String path, boolean activityObject) {
        JsonObject c = object(value, path);
        Set<String> keys = version == XapiVersion.V2_0_0
                ? Set.of("registration", "instructor", "team", "contextActivities", "contextAgents", "contextGroups",
                "revision", "platform", "language", "statement", "extensions")
                : Set.of("registration", "instructor", "team", "contextActivities", "revision", "platform",
                "language", "statement", "extensions");
        allowed(c, path, keys);
        if (c.containsKey("registration")) {
            uuid(c.get("registration"), path + ".registration");
        }
        if (c.containsKey("instructor")) {
            actor(c.get("instructor"), path + ".instructor");
        }
        if (c.containsKey("team")) {
            JsonObject team = object(c.get("team"), path + ".team");
            if (!"Group".equals(team.getString("objectType", ""))) {
                throw bad(path + ".team", "must be a Group (objectType Group)");
            }
            actor(team, path + ".team");
        }
        if (c.containsKey("contextActivities")) {
            JsonObject ca = object(c.get("contextActivities"), path + ".contextActivities");
            allowed(ca, path + ".contextActivities", CONTEXT_ACTIVITY_KINDS);
            for (var e : ca.entrySet()) {
                String p = path + ".contextActivities." + e.getKey();
                if (e.getValue() instanceof JsonArray list) {
                    for (int i = 0; i < list.size(); i++) {
                        contextActivity(list.get(i), p + "[" + i + "]");
                    }
                } else {
                    contextActivity(e.getValue(), p);
                }
            }
        }
        for (String only : new String[]{"revision", "platform"}) {
            if (c.containsKey(only)) {
                string(c.get(only), path + "." + only);
                if (!activityObject) {
                    throw bad(path + "." + only, "is only allowed when the statement's object is an Activity");
                }
            }
        }
        if (c.containsKey("language")) {
            String tag = string(c.get("language"), path + ".language");
            if (!LANGUAGE.matcher(tag).matches()) {
                throw bad(path + ".language", "'" + tag + "' is not an RFC 5646 language tag");
            }
        }
        if (c.containsKey("statement")) {
            statementRef(c.get("statement"), path + ".statement");
        }
        if (c.containsKey("extensions")) {
            extensions(c.get("extensions"), path + ".extensions");
        }
        if (c.containsKey("contextAgents")) {
            JsonArray agents = array(c.get("contextAgents"), path + ".contextAgents");
            for (int i = 0; i < agents.size(); i++) {
                contextActor(agents.get(i), path + ".contextAgents[" + i + "]", "agent", "Agent");
            }
        }
        if (c.containsKey("contextGroups")) {
            JsonArray groups = array(c.get("contextGroups"), path + ".contextGroups");
            for (int i = 0; i < groups.size(); i++) {
                contextActor(groups.get(i), path + ".contextGroups[" + i + "]", "group", "Group");
            }
        }
    }

    private void contextActor(JsonValue value, String path, String property, String type) {
        JsonObject o = object(value, path);
        allowed(o, path, Set.of("objectType", property, "relevantTypes"));
        String t = string(required(o, "objectType", path), path + ".objectType");
        if (!("Context" + type).equals(t)) {
            throw bad(path + ".objectType", "must be Context" + type);
        }
        JsonObject who = object(required(o, property, path), path + "." + property);
        if ("Group".equals(type) && !"Group".equals(who.getString("objectType", ""))) {
            throw bad(path + "." + property, "must be a Group");
        }
        actor(who, path + "." + property);
        if (o.containsKey("relevantTypes")) {
            JsonArray types = array(o.get("relevantTypes"), path + ".relevantTypes");
            if (types.isEmpty()) {
                throw bad(path + ".relevantTypes", "must not be empty");
            }
            for (int i = 0; i < types.size(); i++) {
                iri(types.get(i), path + ".relevantTypes[" + i + "]");
            }
        }
    }

    private void contextActivity(JsonValue value, String path) {
        JsonObject a = object(value, path);
        if (a.containsKey("objectType") && !"Activity".equals(string(a.get("objectType"), path + ".objectType"))) {
            throw bad(path + ".objectType", "context activities must be Activities");
        }
        activity(a, path);
    }

    private void attachment(JsonValue value, String path) {
        JsonObject a = object(value, path);
        allowed(a, path, Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"));
        iri(required(a, "usageType", path), path + ".usageType");
        languageMap(required(a, "display", path), path + ".display");
        if (a.containsKey("description")) {
            languageMap(a.get("description"), path + ".description");
        }
        String type = string(required(a, "contentType", path), path + ".contentType");
        if (!type.contains("/")) {
            throw bad(path + ".contentType", "'" + type + "' is not an Internet media type");
        }
        BigDecimal length = number(required(a, "length", path), path + ".length");
        if (length.signum() < 0 || length.stripTrailingZeros().scale() > 0) {
            throw bad(path + ".length", "must be a whole number of octets");
        }
        string(required(a, "sha2", path), path + ".sha2");
        if (a.containsKey("fileUrl")) {
            iri(a.get("fileUrl"), path + ".fileUrl");
        }
    }

    private void extensions(JsonValue value, String path) {
        JsonObject e = object(value, path);
        for (var entry : e.entrySet()) {
            if (!IRI.matcher(entry.getKey()).matches()) {
                throw bad(path, "key '" + entry.getKey() + "' is not an IRI");
            }
            if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw bad(path + "." + entry.getKey(), "must not be null");
            }
        }
    }

    private void languageMap(JsonValue value, String path) {
        JsonObject map = object(value, path);
        for (Map.Entry<String, JsonValue> e : map.entrySet()) {
            if (!LANGUAGE.matcher(e.getKey()).matches() && !"und".equals(e.getKey())) {
                throw bad(path, "'" + e.getKey() + "' is not an RFC 5646 language tag");
            }
            string(e.getValue(), path + "." + e.getKey());
        }
    }

    private void timestamp(JsonValue value, String path) {
        String t = string(value, path);
        if (t.endsWith("-00:00") || t.endsWith("-0000") || t.endsWith("-00")) {
            throw bad(path, "'" + t + "' uses the offset -00:00, which xAPI forbids");
        }
        try {
            OffsetDateTime.parse(t);
        } catch (DateTimeParseException withoutOffset) {
            try {
                LocalDateTime.parse(t);
                if (version == XapiVersion.V2_0_0) {
                    throw bad(path, "'" + t + "' needs a time zone offset (xAPI 2.0)");
                }
            } catch (DateTimeParseException e) {
                throw bad(path, "'" + t + "' is not an ISO 8601 date and time such as 2026-03-01T10:15:00Z");
            }
        }
    }

    static void uuid(JsonValue value, String path) {
        String id = string(value, path);
        if (!UUID.matcher(id).matches()) {
            throw bad(path, "'" + id + "' is not a UUID");
        }
    }

    static void iri(JsonValue value, String path) {
        String iri = string(value, path);
        if (!isIri(iri)) {
            throw bad(path, "'" + iri + "' is not an absolute IRI");
        }
    }

    public static boolean isIri(String text) {
        return text != null && IRI.matcher(text).matches();
    }

    public static boolean isUuid(String text) {
        return text != null && UUID.matcher(text).matches();
    }

    private static void allowed(JsonObject o, String path, Set<String> keys) {
        for (var e : o.entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw bad(path + "." + e.getKey(), "is not an xAPI property here");
            }
            if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw bad(path + "." + e.getKey(), "must not be null (leave the property out instead)");
            }
        }
    }

    private static JsonValue required(JsonObject o, String key, String path) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw bad(path + "." + key, "is required");
        }
        return v;
    }

    private static JsonObject object(JsonValue v, String path) {
        if (!(v instanceof JsonObject o)) {
            throw bad(path, "must be a JSON object");
        }
        return o;
    }

    private static JsonArray array(JsonValue v, String path) {
        if (!(v instanceof JsonArray a)) {
            throw bad(path, "must be a JSON array");
        }
        return a;
    }

    private static String string(JsonValue v, String path) {
        if (!(v instanceof JsonString s)) {
            throw bad(path, "must be a string");
        }
        return s.getString();
    }

    private static BigDecimal number(JsonValue v, String path) {
        if (!(v instanceof JsonNumber n)) {
            throw bad(path, "must be a number");
        }
        return n.bigDecimalValue();
    }

    private static XapiException bad(String path, String message) {
        return XapiException.badRequest(path + ": " + message);
    }
}
