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

    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    private static final Path STATEMENT = new Path(null, "statement");
    private static final Pattern DURATION = Pattern.compile(
            "^P(?:\\d+(?:\\.\\d+)?W|(?=\\d|T\\d)(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?D)?"
                    + "(?:T(?=\\d)(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?)$");
    private static final Pattern STATEMENT_VERSION = Pattern.compile("^(1\\.0|2\\.0)(\\.\\d+)?$");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final Set<String> STATEMENT_KEYS = Set.of("id", "actor", "verb", "object", "result", "context", "timestamp",
            "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT_KEYS = Set.of("objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");
    private static final Set<String> STATEMENT_REF_KEYS = Set.of("objectType", "id");
    private static final Set<String> GROUP_KEYS = Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT_KEYS = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> ACCOUNT_KEYS = Set.of("homePage", "name");
    private static final Set<String> VERB_KEYS = Set.of("id", "display");
    private static final Set<String> ACTIVITY_KEYS = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_KEYS = Set.of("name", "description", "type", "moreInfo", "extensions", "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT_KEYS = Set.of("id", "description");
    private static final Set<String> RESULT_KEYS = Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE_KEYS = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT_KEYS_2_0 = Set.of("registration", "instructor", "team", "contextActivities", "contextAgents", "contextGroups", "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_KEYS_1_0 = Set.of("registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> ATTACHMENT_KEYS = Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");
    private static final Set<String> CONTEXT_ACTIVITY_KINDS = Set.of("parent", "grouping", "category", "other");

    private final XapiVersion version;

    public StatementValidator(XapiVersion version) {
        this.version = version;
    }

    /** Validates a statement as posted by a client ({@code stored} and {@code authority} may be present; the LRS replaces them). */
    public void validate(JsonValue value) {
        JsonObject s = object(value, STATEMENT);
        allowed(s, STATEMENT, STATEMENT_KEYS);
        if (s.containsKey("id")) {
            uuid(s.get("id"), STATEMENT.dot("id"));
        }
        body(s, STATEMENT, false);
        if (s.containsKey("stored")) {
            timestamp(s.get("stored"), STATEMENT.dot("stored"));
        }
        if (s.containsKey("authority")) {
            actor(s.get("authority"), STATEMENT.dot("authority"));
        }
        if (s.containsKey("version")) {
            String v = string(s.get("version"), STATEMENT.dot("version"));
            if (!STATEMENT_VERSION.matcher(v).matches()
                    || (version == XapiVersion.V1_0_3 && !v.startsWith("1.0"))) {
                throw bad(STATEMENT.dot("version"), "'" + v + "' is not a supported xAPI version (1.0.x"
                        + (version == XapiVersion.V2_0_0 ? " or 2.0.x" : "") + ")");
            }
        }
        JsonObject verb = s.getJsonObject("verb");
        if (VOIDED.equals(verb.getString("id"))) {
            JsonObject target = s.getJsonObject("object");
            if (!"StatementRef".equals(target.getString("objectType", ""))) {
                throw bad(STATEMENT.dot("object"), "a voiding statement (verb " + VOIDED + ") must have a StatementRef as its object");
            }
        }
    }

    /** The parts a statement and a sub-statement share. */
    private void body(JsonObject s, Path path, boolean sub) {
        actor(required(s, "actor", path), path.dot("actor"));
        verb(required(s, "verb", path), path.dot("verb"));
        JsonObject object = object(required(s, "object", path), path.dot("object"));
        String objectType = statementObject(object, path.dot("object"), sub);
        if (s.containsKey("result")) {
            result(s.get("result"), path.dot("result"));
        }
        if (s.containsKey("context")) {
            context(s.get("context"), path.dot("context"), "Activity".equals(objectType));
        }
        if (s.containsKey("timestamp")) {
            timestamp(s.get("timestamp"), path.dot("timestamp"));
        }
        if (s.containsKey("attachments")) {
            JsonArray attachments = array(s.get("attachments"), path.dot("attachments"));
            for (int i = 0; i < attachments.size(); i++) {
                attachment(attachments.get(i), path.dot("attachments").at(i));
            }
        }
    }

    /** The object of a statement; returns its object type. */
    private String statementObject(JsonObject object, Path path, boolean sub) {
        String type = object.containsKey("objectType") ? string(object.get("objectType"), path.dot("objectType")) : "Activity";
        switch (type) {
            case "Activity" -> activity(object, path);
            case "Agent", "Group" -> actor(object, path);
            case "StatementRef" -> statementRef(object, path);
            case "SubStatement" -> {
                if (sub) {
                    throw bad(path, "a SubStatement must not contain another SubStatement");
                }
                allowed(object, path, SUB_STATEMENT_KEYS);
                body(object, path, true);
            }
            default -> throw bad(path.dot("objectType"), "'" + type
                    + "' is not one of Activity, Agent, Group, StatementRef, SubStatement");
        }
        return type;
    }

    private void statementRef(JsonValue value, Path path) {
        JsonObject ref = object(value, path);
        allowed(ref, path, STATEMENT_REF_KEYS);
        if (!"StatementRef".equals(string(required(ref, "objectType", path), path.dot("objectType")))) {
            throw bad(path.dot("objectType"), "must be StatementRef");
        }
        uuid(required(ref, "id", path), path.dot("id"));
    }

    /** An Agent or a Group (identified or anonymous), e.g. an agent given as a query parameter named {@code name}. */
    public void actor(JsonValue value, String name) {
        actor(value, new Path(null, name));
    }

    private void actor(JsonValue value, Path path) {
        JsonObject a = object(value, path);
        String type = a.containsKey("objectType") ? string(a.get("objectType"), path.dot("objectType")) : "Agent";
        if ("Agent".equals(type)) {
            agent(a, path);
        } else if ("Group".equals(type)) {
            allowed(a, path, GROUP_KEYS);
            int ifis = ifis(a, path);
            if (a.containsKey("name")) {
                string(a.get("name"), path.dot("name"));
            }
            if (ifis > 1) {
                throw bad(path, "a Group must have at most one of mbox, mbox_sha1sum, openid, account (found " + ifis + ")");
            }
            if (ifis == 0 && !a.containsKey("member")) {
                throw bad(path, "an anonymous Group (no identifier) must list its member agents");
            }
            if (a.containsKey("member")) {
                JsonArray members = array(a.get("member"), path.dot("member"));
                if (ifis == 0 && members.isEmpty()) {
                    throw bad(path.dot("member"), "an anonymous Group must have at least one member");
                }
                for (int i = 0; i < members.size(); i++) {
                    Path m = path.dot("member").at(i);
                    JsonObject member = object(members.get(i), m);
                    if (member.containsKey("objectType") && !"Agent".equals(string(member.get("objectType"), m.dot("objectType")))) {
                        throw bad(m.dot("objectType"), "a Group's members must be Agents");
                    }
                    agent(member, m);
                }
            }
        } else {
            throw bad(path.dot("objectType"), "'" + type + "' is not Agent or Group");
        }
    }

    private void agent(JsonObject a, Path path) {
        allowed(a, path, AGENT_KEYS);
        if (a.containsKey("name")) {
            string(a.get("name"), path.dot("name"));
        }
        int ifis = ifis(a, path);
        if (ifis != 1) {
            throw bad(path, "an Agent must have exactly one of mbox, mbox_sha1sum, openid, account (found " + ifis + ")");
        }
    }

    /** Checks each identifier present and counts them. */
    private int ifis(JsonObject a, Path path) {
        int n = 0;
        if (a.containsKey("mbox")) {
            n++;
            String mbox = string(a.get("mbox"), path.dot("mbox"));
            if (!mbox.startsWith("mailto:") || mbox.indexOf('@') < 8 || mbox.endsWith("@") || mbox.contains(" ")) {
                throw bad(path.dot("mbox"), "'" + mbox + "' must be a mailto: IRI such as mailto:someone@example.com");
            }
        }
        if (a.containsKey("mbox_sha1sum")) {
            n++;
            if (!SHA1.matcher(string(a.get("mbox_sha1sum"), path.dot("mbox_sha1sum"))).matches()) {
                throw bad(path.dot("mbox_sha1sum"), "must be the 40 hex digits of a SHA-1 sum");
            }
        }
        if (a.containsKey("openid")) {
            n++;
            iri(a.get("openid"), path.dot("openid"));
        }
        if (a.containsKey("account")) {
            n++;
            JsonObject account = object(a.get("account"), path.dot("account"));
            allowed(account, path.dot("account"), ACCOUNT_KEYS);
            iri(required(account, "homePage", path.dot("account")), path.dot("account.homePage"));
            string(required(account, "name", path.dot("account")), path.dot("account.name"));
        }
        return n;
    }

    private void verb(JsonValue value, Path path) {
        JsonObject verb = object(value, path);
        allowed(verb, path, VERB_KEYS);
        iri(required(verb, "id", path), path.dot("id"));
        if (verb.containsKey("display")) {
            languageMap(verb.get("display"), path.dot("display"));
        }
    }

    private void activity(JsonObject a, Path path) {
        allowed(a, path, ACTIVITY_KEYS);
        iri(required(a, "id", path), path.dot("id"));
        if (a.containsKey("definition")) {
            definition(a.get("definition"), path.dot("definition"));
        }
    }

    private void definition(JsonValue value, Path path) {
        JsonObject d = object(value, path);
        allowed(d, path, DEFINITION_KEYS);
        if (d.containsKey("name")) {
            languageMap(d.get("name"), path.dot("name"));
        }
        if (d.containsKey("description")) {
            languageMap(d.get("description"), path.dot("description"));
        }
        if (d.containsKey("type")) {
            iri(d.get("type"), path.dot("type"));
        }
        if (d.containsKey("moreInfo")) {
            iri(d.get("moreInfo"), path.dot("moreInfo"));
        }
        if (d.containsKey("extensions")) {
            extensions(d.get("extensions"), path.dot("extensions"));
        }
        if (d.containsKey("interactionType")) {
            String type = string(d.get("interactionType"), path.dot("interactionType"));
            if (!INTERACTION_TYPES.contains(type)) {
                throw bad(path.dot("interactionType"), "'" + type + "' is not an xAPI interaction type");
            }
        }
        if (d.containsKey("correctResponsesPattern")) {
            if (!d.containsKey("interactionType")) {
                throw bad(path.dot("correctResponsesPattern"), "needs an interactionType");
            }
            JsonArray patterns = array(d.get("correctResponsesPattern"), path.dot("correctResponsesPattern"));
            for (int i = 0; i < patterns.size(); i++) {
                string(patterns.get(i), path.dot("correctResponsesPattern").at(i));
            }
        }
        for (String list : new String[]{"choices", "scale", "source", "target", "steps"}) {
            if (d.containsKey(list)) {
                if (!d.containsKey("interactionType")) {
                    throw bad(path.dot(list), "needs an interactionType");
                }
                JsonArray components = array(d.get(list), path.dot(list));
                java.util.Set<String> ids = new java.util.HashSet<>();
                for (int i = 0; i < components.size(); i++) {
                    Path c = path.dot(list).at(i);
                    JsonObject component = object(components.get(i), c);
                    allowed(component, c, COMPONENT_KEYS);
                    String id = string(required(component, "id", c), c.dot("id"));
                    if (!ids.add(id)) {
                        throw bad(c.dot("id"), "'" + id + "' is used twice");
                    }
                    if (component.containsKey("description")) {
                        languageMap(component.get("description"), c.dot("description"));
                    }
                }
            }
        }
    }

    private void result(JsonValue value, Path path) {
        JsonObject r = object(value, path);
        allowed(r, path, RESULT_KEYS);
        if (r.containsKey("score")) {
            score(r.get("score"), path.dot("score"));
        }
        for (String flag : new String[]{"success", "completion"}) {
            if (r.containsKey(flag)) {
                JsonValue v = r.get(flag);
                if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
                    throw bad(path.dot(flag), "must be true or false");
                }
            }
        }
        if (r.containsKey("response")) {
            string(r.get("response"), path.dot("response"));
        }
        if (r.containsKey("duration")) {
            String d = string(r.get("duration"), path.dot("duration"));
            if (!DURATION.matcher(d).matches()) {
                throw bad(path.dot("duration"), "'" + d + "' is not an ISO 8601 duration such as PT1H30M or P1DT2.5S");
            }
        }
        if (r.containsKey("extensions")) {
            extensions(r.get("extensions"), path.dot("extensions"));
        }
    }

    private void score(JsonValue value, Path path) {
        JsonObject s = object(value, path);
        allowed(s, path, SCORE_KEYS);
        BigDecimal scaled = s.containsKey("scaled") ? number(s.get("scaled"), path.dot("scaled")) : null;
        BigDecimal raw = s.containsKey("raw") ? number(s.get("raw"), path.dot("raw")) : null;
        BigDecimal min = s.containsKey("min") ? number(s.get("min"), path.dot("min")) : null;
        BigDecimal max = s.containsKey("max") ? number(s.get("max"), path.dot("max")) : null;
        if (scaled != null && (scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            throw bad(path.dot("scaled"), scaled.toPlainString() + " is outside -1..1");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw bad(path, "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            throw bad(path.dot("raw"), raw.toPlainString() + " is below min " + min.toPlainString());
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            throw bad(path.dot("raw"), raw.toPlainString() + " is above max " + max.toPlainString());
        }
    }

    private void context(JsonValue value, Path path, boolean activityObject) {
        JsonObject c = object(value, path);
        Set<String> keys = version == XapiVersion.V2_0_0
                ? CONTEXT_KEYS_2_0
                : CONTEXT_KEYS_1_0;
        allowed(c, path, keys);
        if (c.containsKey("registration")) {
            uuid(c.get("registration"), path.dot("registration"));
        }
        if (c.containsKey("instructor")) {
            actor(c.get("instructor"), path.dot("instructor"));
        }
        if (c.containsKey("team")) {
            JsonObject team = object(c.get("team"), path.dot("team"));
            if (!"Group".equals(team.getString("objectType", ""))) {
                throw bad(path.dot("team"), "must be a Group (objectType Group)");
            }
            actor(team, path.dot("team"));
        }
        if (c.containsKey("contextActivities")) {
            JsonObject ca = object(c.get("contextActivities"), path.dot("contextActivities"));
            allowed(ca, path.dot("contextActivities"), CONTEXT_ACTIVITY_KINDS);
            for (var e : ca.entrySet()) {
                Path p = path.dot("contextActivities").dot(e.getKey());
                if (e.getValue() instanceof JsonArray list) {
                    for (int i = 0; i < list.size(); i++) {
                        contextActivity(list.get(i), p.at(i));
                    }
                } else {
                    contextActivity(e.getValue(), p);
                }
            }
        }
        for (String only : new String[]{"revision", "platform"}) {
            if (c.containsKey(only)) {
                string(c.get(only), path.dot(only));
                if (!activityObject) {
                    throw bad(path.dot(only), "is only allowed when the statement's object is an Activity");
                }
            }
        }
        if (c.containsKey("language")) {
            String tag = string(c.get("language"), path.dot("language"));
            if (!isLanguageTag(tag)) {
                throw bad(path.dot("language"), "'" + tag + "' is not an RFC 5646 language tag");
            }
        }
        if (c.containsKey("statement")) {
            statementRef(c.get("statement"), path.dot("statement"));
        }
        if (c.containsKey("extensions")) {
            extensions(c.get("extensions"), path.dot("extensions"));
        }
        if (c.containsKey("contextAgents")) {
            JsonArray agents = array(c.get("contextAgents"), path.dot("contextAgents"));
            for (int i = 0; i < agents.size(); i++) {
                contextActor(agents.get(i), path.dot("contextAgents").at(i), "agent", "Agent");
            }
        }
        if (c.containsKey("contextGroups")) {
            JsonArray groups = array(c.get("contextGroups"), path.dot("contextGroups"));
            for (int i = 0; i < groups.size(); i++) {
                contextActor(groups.get(i), path.dot("contextGroups").at(i), "group", "Group");
            }
        }
    }

    private void contextActor(JsonValue value, Path path, String property, String type) {
        JsonObject o = object(value, path);
        allowed(o, path, Set.of("objectType", property, "relevantTypes"));
        String t = string(required(o, "objectType", path), path.dot("objectType"));
        if (!("Context" + type).equals(t)) {
            throw bad(path.dot("objectType"), "must be Context" + type);
        }
        JsonObject who = object(required(o, property, path), path.dot(property));
        if ("Group".equals(type) && !"Group".equals(who.getString("objectType", ""))) {
            throw bad(path.dot(property), "must be a Group");
        }
        actor(who, path.dot(property));
        if (o.containsKey("relevantTypes")) {
            JsonArray types = array(o.get("relevantTypes"), path.dot("relevantTypes"));
            if (types.isEmpty()) {
                throw bad(path.dot("relevantTypes"), "must not be empty");
            }
            for (int i = 0; i < types.size(); i++) {
                iri(types.get(i), path.dot("relevantTypes").at(i));
            }
        }
    }

    private void contextActivity(JsonValue value, Path path) {
        JsonObject a = object(value, path);
        if (a.containsKey("objectType") && !"Activity".equals(string(a.get("objectType"), path.dot("objectType")))) {
            throw bad(path.dot("objectType"), "context activities must be Activities");
        }
        activity(a, path);
    }

    private void attachment(JsonValue value, Path path) {
        JsonObject a = object(value, path);
        allowed(a, path, ATTACHMENT_KEYS);
        iri(required(a, "usageType", path), path.dot("usageType"));
        languageMap(required(a, "display", path), path.dot("display"));
        if (a.containsKey("description")) {
            languageMap(a.get("description"), path.dot("description"));
        }
        String type = string(required(a, "contentType", path), path.dot("contentType"));
        if (!type.contains("/")) {
            throw bad(path.dot("contentType"), "'" + type + "' is not an Internet media type");
        }
        BigDecimal length = number(required(a, "length", path), path.dot("length"));
        if (length.signum() < 0 || length.stripTrailingZeros().scale() > 0) {
            throw bad(path.dot("length"), "must be a whole number of octets");
        }
        string(required(a, "sha2", path), path.dot("sha2"));
        if (a.containsKey("fileUrl")) {
            iri(a.get("fileUrl"), path.dot("fileUrl"));
        }
    }

    private void extensions(JsonValue value, Path path) {
        JsonObject e = object(value, path);
        for (var entry : e.entrySet()) {
            if (!isIri(entry.getKey())) {
                throw bad(path, "key '" + entry.getKey() + "' is not an IRI");
            }
            if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw bad(path.dot(entry.getKey()), "must not be null");
            }
        }
    }

    private void languageMap(JsonValue value, Path path) {
        JsonObject map = object(value, path);
        for (Map.Entry<String, JsonValue> e : map.entrySet()) {
            if (!isLanguageTag(e.getKey()) && !"und".equals(e.getKey())) {
                throw bad(path, "'" + e.getKey() + "' is not an RFC 5646 language tag");
            }
            string(e.getValue(), path.dot(e.getKey()));
        }
    }

    private void timestamp(JsonValue value, Path path) {
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

    static void uuid(JsonValue value, Path path) {
        String id = string(value, path);
        if (!isUuid(id)) {
            throw bad(path, "'" + id + "' is not a UUID");
        }
    }

    static void iri(JsonValue value, Path path) {
        String iri = string(value, path);
        if (!isIri(iri)) {
            throw bad(path, "'" + iri + "' is not an absolute IRI");
        }
    }

    /**
     * An absolute IRI, best effort (Data 2.2.s4.b6): a scheme (a letter, then letters, digits, +, . or -),
     * a colon, and at least one more character, none of them ASCII white space or {@code <>"{}|\\^`}.
     * Written out rather than as a regular expression: it runs for every IRI of every statement ingested.
     */
    public static boolean isIri(String text) {
        if (text == null) {
            return false;
        }
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1 || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char ch = text.charAt(i);
            if (!isAsciiLetter(ch) && !isAsciiDigit(ch) && ch != '+' && ch != '.' && ch != '-') {
                return false;
            }
        }
        for (int i = colon + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (" \t\n\u000B\f\r<>\"{}|\\^`".indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A UUID in its standard string form: 8-4-4-4-12 hex digits. */
    public static boolean isUuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char ch = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? ch != '-' : !(isAsciiDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token lengths of an RFC 5646 tag (Data 2.2.s4.b2): a primary subtag of 2 to 8 letters and then
     * subtags of 1 to 8 letters or digits, or a private use / grandfathered tag (x- or i- and at least one subtag).
     */
    static boolean isLanguageTag(String tag) {
        int length = tag.length();
        int end = tag.indexOf('-');
        int first = end < 0 ? length : end;
        boolean singleton = first == 1 && "xXiI".indexOf(tag.charAt(0)) >= 0;
        if (!singleton && (first < 2 || first > 8)) {
            return false;
        }
        for (int i = 0; i < first; i++) {
            if (!isAsciiLetter(tag.charAt(i))) {
                return false;
            }
        }
        if (singleton && end < 0) {
            return false;
        }
        int start = first + 1;
        while (start <= length && end >= 0) {
            end = tag.indexOf('-', start);
            int stop = end < 0 ? length : end;
            if (stop - start < 1 || stop - start > 8) {
                return false;
            }
            for (int i = start; i < stop; i++) {
                char ch = tag.charAt(i);
                if (!isAsciiLetter(ch) && !isAsciiDigit(ch)) {
                    return false;
                }
            }
            start = stop + 1;
        }
        return true;
    }

    private static boolean isAsciiLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static void allowed(JsonObject o, Path path, Set<String> keys) {
        for (var e : o.entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw bad(path.dot(e.getKey()), "is not an xAPI property here");
            }
            if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw bad(path.dot(e.getKey()), "must not be null (leave the property out instead)");
            }
        }
    }

    private static JsonValue required(JsonObject o, String key, Path path) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw bad(path.dot(key), "is required");
        }
        return v;
    }

    private static JsonObject object(JsonValue v, Path path) {
        if (!(v instanceof JsonObject o)) {
            throw bad(path, "must be a JSON object");
        }
        return o;
    }

    private static JsonArray array(JsonValue v, Path path) {
        if (!(v instanceof JsonArray a)) {
            throw bad(path, "must be a JSON array");
        }
        return a;
    }

    private static String string(JsonValue v, Path path) {
        if (!(v instanceof JsonString s)) {
            throw bad(path, "must be a string");
        }
        return s.getString();
    }

    private static BigDecimal number(JsonValue v, Path path) {
        if (!(v instanceof JsonNumber n)) {
            throw bad(path, "must be a number");
        }
        return n.bigDecimalValue();
    }

    private static XapiException bad(Path path, String message) {
        return XapiException.badRequest(path + ": " + message);
    }

    /**
     * Where in the statement a rule is checked, e.g. {@code statement.context.contextActivities.parent[0].id}.
     * Spelled out only when a rule fails: building the text for every property of every statement was an
     * eighth of the validation time on the ingest path (bench/xapi, JFR).
     */
    static final class Path {
        private final Path parent;
        private final String name;
        private final int index;

        Path(Path parent, String name) {
            this(parent, name, -1);
        }

        private Path(Path parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        Path dot(String property) {
            return new Path(this, property);
        }

        Path at(int i) {
            return new Path(this, null, i);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            append(b);
            return b.toString();
        }

        private void append(StringBuilder b) {
            if (parent != null) {
                parent.append(b);
            }
            if (index >= 0) {
                b.append('[').append(index).append(']');
            } else {
                b.append(parent == null ? "" : ".").append(name);
            }
        }
    }
}
