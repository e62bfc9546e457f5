package org.firstshift.elearning.xapi.application;

import org.firstshift.elearning.xapi.domain.JsonP;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.elearning.xapi.domain.XapiCredential;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import java.time.Instant;

/**
 * LRS keys: made and revoked by admins, shown once, checked on every xAPI request (HTTP Basic
 * {@code keyId:secret}); launch credentials are checked the same way.
 */
@ApplicationScoped
public class LrsKeys {
    static final String ENTITY = "xapi-key";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "firstshift.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** A new key and its secret (the only time the secret is known). */
    public record NewKey(XapiCredential credential, String secret) {
        public String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString(
                    (credential.getKeyId() + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Transactional
    public NewKey create(String name, String createdBy) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new InvalidInputException("name", "a key needs a name of 1 to 200 characters (e.g. the content vendor)");
        }
        String secret = XapiCredential.newSecret();
        XapiCredential key = XapiCredential.key(n, secret, createdBy, clock.instant());
        em.persist(key);
        em.flush();
        audit.record(ENTITY, key.getId(), AuditAction.CREATED, "LRS key " + n + " (" + key.getKeyId() + ")", null,
                Map.of("name", n, "keyId", key.getKeyId()));
        return new NewKey(key, secret);
    }

    @Transactional
    public List<XapiCredential> keys() {
        return em.createNamedQuery("XapiCredential.ofKind", XapiCredential.class).setParameter("kind", XapiCredential.KEY)
                .getResultList();
    }

    @Transactional
    public XapiCredential revoke(long id) {
        XapiCredential key = em.find(XapiCredential.class, id);
        if (key == null || key.isLaunch()) {
            throw new NotFoundException("LRS key " + id);
        }
        if (key.getRevokedAt() == null) {
            key.revoke(clock.instant());
            recent.remove(key.getKeyId());
            audit.record(ENTITY, id, AuditAction.DEACTIVATED, "LRS key " + key.getName() + " revoked", null, null);
        }
        return key;
    }

    /** Who an {@code Authorization} header stands for, if it is a usable key or launch credential. */
    @Transactional
    public Optional<Authority> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1 || colon > 40) {
            return Optional.empty();
        }
        String keyId = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        Instant now = clock.instant();
        Known known = recent.get(keyId);
        if (known == null || known.fetched().plus(CACHE_FOR).isBefore(now)) {
            known = em.createNamedQuery("XapiCredential.byKeyId", XapiCredential.class).setParameter("keyId", keyId)
                    .getResultStream().findFirst().map(c -> new Known(c, authority(c), now)).orElse(null);
            if (known == null) {
                return Optional.empty();
            }
            if (recent.size() > 10_000) {
                recent.clear();
            }
            recent.put(keyId, known);
        }
        return known.credential().accepts(secret, now) ? Optional.of(known.authority()) : Optional.empty();
    }

    /**
     * Credentials looked up in the last {@link #CACHE_FOR}: a statement client sends a request every
     * few seconds, and looking the key up each time was a third of the ingest time (bench/xapi).
     * Revoking on this node takes effect at once; on other cluster nodes within {@link #CACHE_FOR}.
     */
    private final Map<String, Known> recent = new ConcurrentHashMap<>();
    static final Duration CACHE_FOR = Duration.ofSeconds(10);

    private record Known(XapiCredential credential, Authority authority, Instant fetched) {
    }

    Authority authority(XapiCredential c) {
        JsonObject agent = JsonP.JSON.createObjectBuilder().add("objectType", "Agent").add("name", c.getName())
                .add("account", JsonP.JSON.createObjectBuilder().add("homePage", homePage()).add("name", c.getKeyId())).build();
        return new Authority(c.getId(), agent, c.getActorIfi(), c.getActivityId(), c.getRegistration());
    }

    String homePage() {
        return publicUrl.endsWith("/") ? publicUrl + "xapi" : publicUrl + "/xapi";
    }

    static JsonObject parse(String json) {
        try (var r = JsonP.JSON.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
