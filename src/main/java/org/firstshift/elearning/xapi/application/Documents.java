package org.firstshift.elearning.xapi.application;

import org.firstshift.elearning.xapi.domain.JsonP;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.elearning.xapi.domain.XapiDocument;
import org.firstshift.elearning.xapi.domain.XapiException;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The document resources: state, activity profiles and agent profiles. Writes honour the xAPI
 * concurrency rules: {@code If-Match} must name the current ETag and {@code If-None-Match: *} that
 * there is none (412 otherwise); a profile PUT without either header on an existing document is a
 * conflict (409). POST merges two JSON objects property by property.
 */
@ApplicationScoped
public class Documents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Where a document lives: kind and the key parts (empty string for a part the kind does not use). */
    public record Key(char kind, String activityId, String agentIfi, String registration) {
    }

    /** The preconditions a request carried. */
    public record Preconditions(String ifMatch, String ifNoneMatch) {
        boolean any() {
            return ifMatch != null || ifNoneMatch != null;
        }
    }

    @Transactional
    public Optional<XapiDocument> find(Key key, String documentId) {
        return em.createNamedQuery("XapiDocument.find", XapiDocument.class).setParameter("kind", String.valueOf(key.kind()))
                .setParameter("activity", key.activityId()).setParameter("agent", key.agentIfi())
                .setParameter("registration", key.registration()).setParameter("documentId", documentId)
                .getResultStream().findFirst();
    }

    @Transactional
    public List<String> ids(Key key, Instant since) {
        return em.createNamedQuery("XapiDocument.list", XapiDocument.class).setParameter("kind", String.valueOf(key.kind()))
                .setParameter("activity", key.activityId()).setParameter("agent", key.agentIfi())
                .setParameter("registration", key.registration()).setParameter("since", since == null ? Instant.EPOCH : since)
                .getResultList().stream().map(XapiDocument::getDocumentId).toList();
    }

    /** PUT: stores the document as given. */
    @Transactional
    public XapiDocument put(Key key, String documentId, String contentType, byte[] content, Preconditions p, boolean profile) {
        Optional<XapiDocument> existing = find(key, documentId);
        check(existing, p);
        if (profile && existing.isPresent() && !p.any()) {
            throw new XapiException(409, "the document " + documentId + " exists: send If-Match with its ETag (or If-None-Match: *) to replace it");
        }
        XapiDocument d = existing.orElseGet(() -> new XapiDocument(key.kind(), key.activityId(), key.agentIfi(), key.registration(), documentId));
        d.replace(contentType, content, now());
        if (existing.isEmpty()) {
            em.persist(d);
        }
        return d;
    }

    /** POST: merges a JSON object into the stored JSON object (or stores it when there is none). */
    @Transactional
    public XapiDocument merge(Key key, String documentId, String contentType, byte[] content, Preconditions p) {
        Optional<XapiDocument> existing = find(key, documentId);
        check(existing, p);
        JsonObject incoming = jsonObject(contentType, content, "the posted document");
        if (existing.isEmpty()) {
            XapiDocument d = new XapiDocument(key.kind(), key.activityId(), key.agentIfi(), key.registration(), documentId);
            d.replace("application/json", incoming.toString().getBytes(StandardCharsets.UTF_8), now());
            em.persist(d);
            return d;
        }
        XapiDocument d = existing.get();
        JsonObject stored = jsonObject(d.getContentType(), d.getContent(), "the stored document");
        JsonObjectBuilder merged = JsonP.JSON.createObjectBuilder(stored);
        incoming.forEach(merged::add);
        d.replace("application/json", merged.build().toString().getBytes(StandardCharsets.UTF_8), now());
        return d;
    }

    @Transactional
    public void delete(Key key, String documentId, Preconditions p) {
        Optional<XapiDocument> existing = find(key, documentId);
        check(existing, p);
        existing.ifPresent(em::remove);
    }

    /** DELETE without a document id (state only): every document of the activity, agent and registration. */
    @Transactional
    public int deleteAll(Key key) {
        List<XapiDocument> all = em.createNamedQuery("XapiDocument.list", XapiDocument.class).setParameter("kind", String.valueOf(key.kind()))
                .setParameter("activity", key.activityId()).setParameter("agent", key.agentIfi())
                .setParameter("registration", key.registration()).setParameter("since", Instant.EPOCH).getResultList();
        all.forEach(em::remove);
        return all.size();
    }

    private static void check(Optional<XapiDocument> existing, Preconditions p) {
        if (p.ifMatch() != null) {
            String current = existing.map(XapiDocument::getEtag).orElse(null);
            if (current == null || !matches(p.ifMatch(), current)) {
                throw new XapiException(412, "If-Match " + p.ifMatch() + " does not name the document's current ETag");
            }
        }
        if (p.ifNoneMatch() != null && existing.isPresent()
                && ("*".equals(p.ifNoneMatch().trim()) || matches(p.ifNoneMatch(), existing.get().getEtag()))) {
            throw new XapiException(412, "If-None-Match " + p.ifNoneMatch() + ": the document already exists");
        }
    }

    private static boolean matches(String header, String etag) {
        for (String part : header.split(",")) {
            String t = part.trim();
            if (t.equals("*") || t.equals("\"" + etag + "\"") || t.equals(etag) || t.equals("W/\"" + etag + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static JsonObject jsonObject(String contentType, byte[] content, String what) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw XapiException.badRequest(what + " is not application/json; POST only merges JSON objects (use PUT to replace)");
        }
        try (var r = JsonP.JSON.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw XapiException.badRequest(what + " is not a JSON object; POST only merges JSON objects");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
