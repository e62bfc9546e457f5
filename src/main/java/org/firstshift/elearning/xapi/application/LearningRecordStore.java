package org.firstshift.elearning.xapi.application;

import org.firstshift.elearning.xapi.domain.JsonP;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.firstshift.elearning.xapi.domain.Agents;
import org.firstshift.elearning.xapi.domain.Attachment;
import org.firstshift.elearning.xapi.domain.StatementComparison;
import org.firstshift.elearning.xapi.domain.StatementSignature;
import org.firstshift.elearning.xapi.domain.StatementText;
import org.firstshift.elearning.xapi.domain.StatementIndex;
import org.firstshift.elearning.xapi.domain.StatementQuery;
import org.firstshift.elearning.xapi.domain.StatementValidator;
import org.firstshift.elearning.xapi.domain.XapiException;
import org.firstshift.elearning.xapi.domain.XapiVersion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores and finds xAPI statements. Everything a batch contains is checked first (validity, the
 * writer's limits, immutability, voiding rules); then the whole batch is written in one transaction,
 * so a refused batch leaves nothing behind. Other modules write through {@link #store(JsonObject, Authority)}
 * with {@link #moduleAuthority(String)}.
 */
@ApplicationScoped
public class LearningRecordStore {

    @Inject
    StatementStore store;

    @Inject
    Clock clock;

    @Inject
    LrsKeys keys;

    @Inject
    jakarta.enterprise.event.Event<StatementsStored> storedEvent;

    @Inject
    jakarta.enterprise.inject.Instance<StatementGate> gates;

    /** A page of statements and the continuation token of the next one (null when this is the last). */
    public record Page(List<JsonObject> statements, String more, Instant consistentThrough) {
    }

    /**
     * The agent FirstShift uses for an employee in statements and launches:
     * {@code {"objectType":"Agent","name":...,"account":{"homePage":<public URL>/xapi,"name":<username>}}}.
     * Modules launching content use it so that an employee's statements can be found (and erased).
     */
    public JsonObject learner(String username, String displayName) {
        var b = JsonP.JSON.createObjectBuilder().add("objectType", "Agent");
        if (displayName != null) {
            b.add("name", displayName);
        }
        return b.add("account", JsonP.JSON.createObjectBuilder().add("homePage", keys.homePage()).add("name", username)).build();
    }

    /** The IFI key of {@link #learner}, as stored in the index columns. */
    public String learnerIfi(String username) {
        return Agents.ifi(learner(username, null)).orElseThrow();
    }

    /** The authority a module writes under, e.g. {@code moduleAuthority("packages")}. */
    public Authority moduleAuthority(String module) {
        return Authority.module(module, keys.homePage());
    }

    /** Stores one statement (xAPI 2.0.0 rules) and returns its id. */
    @Transactional
    public String store(JsonObject statement, Authority authority) {
        return store(List.of(statement), authority, XapiVersion.V2_0_0).get(0);
    }

    /**
     * Stores a batch and returns the statement ids in order. A statement whose id is already stored
     * with the same content is a no-op (its id is returned); with different content the whole batch
     * is refused with 409.
     */
    @Transactional
    public List<String> store(List<JsonObject> statements, Authority authority, XapiVersion version) {
        return store(statements, authority, version, Map.of());
    }

    /**
     * Stores a batch whose attachments came as multipart/mixed parts, keyed by SHA-2 hash (already
     * checked against their content). Every attachment without a fileUrl needs its part, and every
     * part must belong to an attachment.
     */
    @Transactional
    public List<String> store(List<JsonObject> statements, Authority authority, XapiVersion version,
                              Map<String, Attachment> parts) {
        return store(statements, authority, version, parts, true);
    }

    /**
     * Like {@link #store(List, Authority, XapiVersion, Map)}, but assumes the statement ids are new
     * and lets the database's unique key say otherwise: one query fewer on the ingest path. When an
     * id exists, it throws {@link StatementStore.DuplicateIds} and the transaction is rolled back;
     * the caller then stores the batch again with {@code store} (which answers no-op or 409).
     */
    @Transactional
    public List<String> storeAssumingNew(List<JsonObject> statements, Authority authority, XapiVersion version,
                                         Map<String, Attachment> parts) {
        return store(statements, null, authority, version, parts, false);
    }

    /**
     * Like {@link #storeAssumingNew(List, Authority, XapiVersion, Map)}, with the statements' texts as the
     * client wrote them ({@link StatementText#elements}), which are stored as they are, behind the
     * properties the LRS sets, instead of serialising each statement again.
     */
    @Transactional
    public List<String> storeAssumingNew(List<JsonObject> statements, List<String> texts, Authority authority,
                                         XapiVersion version, Map<String, Attachment> parts) {
        return store(statements, texts, authority, version, parts, false);
    }

    private List<String> store(List<JsonObject> statements, Authority authority, XapiVersion version,
                               Map<String, Attachment> parts, boolean checkExisting) {
        return store(statements, null, authority, version, parts, checkExisting);
    }

    private List<String> store(List<JsonObject> statements, List<String> texts, Authority authority, XapiVersion version,
                               Map<String, Attachment> parts, boolean checkExisting) {
        if (texts != null && texts.size() != statements.size()) {
            texts = null;
        }
        if (statements.isEmpty()) {
            throw XapiException.badRequest("statements: the batch is empty");
        }
        StatementValidator validator = new StatementValidator(version);
        Instant stored = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        Map<String, String> textById = new HashMap<>();
        String storedText = stored.toString();
        String authorityText = texts == null ? null : authority.agent().toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonObject s = statements.get(i);
            try {
                validator.validate(s);
                StatementSignature.check(s, parts);
            } catch (XapiException e) {
                throw statements.size() == 1 ? e : XapiException.badRequest("statements[" + i + "]: " + e.getMessage());
            }
            withinLimits(s, authority, i);
            String id = s.containsKey("id") ? s.getString("id").toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
            if (byId.containsKey(id)) {
                throw XapiException.badRequest("statements[" + i + "].id: " + id + " appears twice in this batch");
            }
            byId.put(id, complete(s, id, stored, authority, version));
            if (texts != null) {
                textById.put(id, StatementText.completed(texts.get(i), s, id, added(s, id, storedText, authorityText, version)));
            }
            ids.add(id);
        }
        Map<String, StatementStore.Row> existing = checkExisting ? store.byIds(byId.keySet()) : Map.of();
        List<StatementStore.Stored> fresh = new ArrayList<>();
        Set<String> voidTargets = new HashSet<>();
        Map<String, StatementIndex> indexes = new HashMap<>();
        for (var e : byId.entrySet()) {
            indexes.put(e.getKey(), StatementIndex.of(e.getValue()));
        }
        for (var e : byId.entrySet()) {
            StatementStore.Row old = existing.get(e.getKey());
            if (old != null) {
                if (!StatementComparison.same(old.body(), e.getValue())) {
                    throw new XapiException(409, "statement " + e.getKey() + " is already stored with different content; statements cannot be changed");
                }
                continue;
            }
            StatementIndex index = indexes.get(e.getKey());
            if (index.voiding()) {
                String target = index.targetStatement();
                Optional<StatementStore.Row> targetRow = Optional.ofNullable(store.byIds(List.of(target)).get(target));
                boolean targetVoids = targetRow.map(StatementStore.Row::voiding).orElse(indexes.containsKey(target) && indexes.get(target).voiding());
                if (targetVoids) {
                    throw XapiException.badRequest("statement " + e.getKey() + " voids " + target
                            + ", which is itself a voiding statement; voiding statements cannot be voided");
                }
                voidTargets.add(target);
            }
            fresh.add(new StatementStore.Stored(e.getValue(), textById.get(e.getKey()), index, stored, authority.credentialId()));
        }
        Set<String> declared = new HashSet<>();
        for (JsonObject s : byId.values()) {
            for (JsonObject a : attachmentsOf(s)) {
                String sha2 = a.getString("sha2").toLowerCase(Locale.ROOT);
                declared.add(sha2);
                if (!a.containsKey("fileUrl") && !parts.containsKey(sha2)) {
                    throw XapiException.badRequest("statement " + s.getString("id") + ": attachment " + sha2
                            + " has no fileUrl and no multipart part with that X-Experience-API-Hash");
                }
            }
        }
        for (String sha2 : parts.keySet()) {
            if (!declared.contains(sha2)) {
                throw XapiException.badRequest("attachment part " + sha2 + " belongs to no attachment of the statements");
            }
        }
        if (!fresh.isEmpty() && authority.limited()) {
            List<JsonObject> bodies = fresh.stream().map(StatementStore.Stored::body).toList();
            gates.forEach(g -> g.admit(bodies, authority));
        }
        if (!fresh.isEmpty()) {
            store.insertAttachments(parts.values(), stored);
            store.insert(fresh);
            store.markVoided(voidTargets);
            storedEvent.fire(new StatementsStored(fresh.stream().map(StatementStore.Stored::body).toList(), authority));
        }
        return ids;
    }

    /** PUT with a statementId: the id in the body, if any, must be the same; same content again is a no-op. */
    @Transactional
    public void put(String statementId, JsonObject statement, Authority authority, XapiVersion version,
                    Map<String, Attachment> parts) {
        if (!StatementValidator.isUuid(statementId)) {
            throw XapiException.badRequest("statementId: '" + statementId + "' is not a UUID");
        }
        if (statement.containsKey("id") && statement.get("id") instanceof jakarta.json.JsonString id
                && !id.getString().equalsIgnoreCase(statementId)) {
            throw XapiException.badRequest("statement.id: " + id.getString() + " differs from the statementId parameter " + statementId);
        }
        store(List.of(JsonP.JSON.createObjectBuilder(statement).add("id", statementId.toLowerCase(Locale.ROOT)).build()), authority, version, parts);
    }

    /** A statement by id: a voided statement only by {@code voided = true}, any other only by {@code voided = false}. */
    @Transactional
    public Optional<JsonObject> find(String id, boolean voided, Authority authority) {
        return store.byId(id.toLowerCase(Locale.ROOT)).filter(r -> r.voided() == voided)
                .filter(r -> !authority.limited() || authority.actorIfi().equals(Agents.ifi(r.body().getJsonObject("actor")).orElse(null)))
                .map(StatementStore.Row::body);
    }

    /** A page of a query; a launch credential only ever sees its own learner's statements. */
    @Transactional
    public Page query(StatementQuery q, Authority authority) {
        Instant through = clock.instant();
        List<StatementStore.Row> rows = store.query(q, authority.limited() ? authority.actorIfi() : null);
        String more = null;
        if (rows.size() > q.limit()) {
            rows = rows.subList(0, q.limit());
            more = q.more(rows.get(rows.size() - 1).seq());
        }
        return new Page(rows.stream().map(StatementStore.Row::body).toList(), more, through);
    }

    /**
     * The Activity object for {@code GET /xapi/activities}: the definition from the latest statement
     * about it, or just the id when none had one.
     */
    @Transactional
    public JsonObject activity(String activityId) {
        return store.latestAbout(activityId).map(s -> s.getJsonObject("object"))
                .filter(o -> o.containsKey("definition"))
                .map(o -> JsonP.JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId)
                        .add("definition", o.getJsonObject("definition")).build())
                .orElseGet(() -> JsonP.JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId).build());
    }

    /** The attachment objects of a statement and of its sub-statement. */
    public static List<JsonObject> attachmentsOf(JsonObject s) {
        List<JsonObject> all = new ArrayList<>();
        if (s.get("attachments") instanceof JsonArray list) {
            list.forEach(a -> all.add(a.asJsonObject()));
        }
        if (s.get("object") instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", ""))) {
            all.addAll(attachmentsOf(o));
        }
        return all;
    }

    /** The stored contents of the attachments these statements refer to (for {@code attachments=true}). */
    @Transactional
    public Map<String, Attachment> attachmentContents(List<JsonObject> statements) {
        Set<String> hashes = new java.util.LinkedHashSet<>();
        statements.forEach(s -> attachmentsOf(s).forEach(a -> hashes.add(a.getString("sha2").toLowerCase(Locale.ROOT))));
        return store.attachmentContents(hashes);
    }

    /** The statement as the LRS keeps it: id, stored, authority, version and timestamp filled in. */
    private static JsonObject complete(JsonObject s, String id, Instant stored, Authority authority, XapiVersion version) {
        JsonObjectBuilder b = JsonP.JSON.createObjectBuilder(s);
        b.add("id", id);
        b.add("stored", stored.toString());
        b.add("authority", authority.agent());
        if (!s.containsKey("version")) {
            b.add("version", version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
        }
        if (!s.containsKey("timestamp")) {
            b.add("timestamp", stored.toString());
        }
        return b.build();
    }

    /**
     * What {@link #complete} adds to the statement, as JSON members: {@code "id":...,"stored":...}. The id
     * is a UUID and the instant an ISO 8601 text, so neither needs escaping; the authority comes serialised.
     */
    private static String added(JsonObject s, String id, String stored, String authority, XapiVersion version) {
        StringBuilder b = new StringBuilder(authority.length() + 160);
        if (!s.containsKey("id")) {
            b.append("\"id\":\"").append(id).append("\",");
        }
        b.append("\"stored\":\"").append(stored).append("\",\"authority\":").append(authority);
        if (!s.containsKey("version")) {
            b.append(",\"version\":\"").append(version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0").append('"');
        }
        if (!s.containsKey("timestamp")) {
            b.append(",\"timestamp\":\"").append(stored).append('"');
        }
        return b.toString();
    }

    /** A launch credential writes only for its learner and its activity (and registration). */
    private static void withinLimits(JsonObject s, Authority authority, int i) {
        if (!authority.limited()) {
            return;
        }
        String actor = Agents.ifi(s.getJsonObject("actor")).orElse(null);
        if (!authority.actorIfi().equals(actor)) {
            throw new XapiException(403, "statements[" + i + "].actor: this launch credential may only write statements about its own learner");
        }
        JsonObject object = s.getJsonObject("object");
        boolean onActivity = "Activity".equals(object.getString("objectType", "Activity"))
                && authority.activityId().equals(object.getString("id"));
        if (!onActivity && !inContext(s, authority.activityId())) {
            throw new XapiException(403, "statements[" + i + "].object: this launch credential may only write statements about "
                    + authority.activityId());
        }
        if (authority.registration() != null) {
            JsonObject context = s.getJsonObject("context");
            String registration = context == null ? null : context.getString("registration", null);
            if (registration == null || !authority.registration().equalsIgnoreCase(registration)) {
                throw new XapiException(403, "statements[" + i + "].context.registration: must be this launch's registration "
                        + authority.registration());
            }
        }
    }

    private static boolean inContext(JsonObject s, String activityId) {
        if (!(s.get("context") instanceof JsonObject c) || !(c.get("contextActivities") instanceof JsonObject ca)) {
            return false;
        }
        for (JsonValue v : ca.values()) {
            if (v instanceof JsonArray list) {
                for (JsonValue a : list) {
                    if (activityId.equals(a.asJsonObject().getString("id"))) {
                        return true;
                    }
                }
            } else if (v instanceof JsonObject a && activityId.equals(a.getString("id"))) {
                return true;
            }
        }
        return false;
    }
}
