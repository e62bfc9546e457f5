package org.firstshift.elearning.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.elearning.xapi.domain.Agents;
import org.firstshift.elearning.xapi.domain.StatementValidator;
import org.firstshift.elearning.xapi.domain.XapiCredential;
import org.firstshift.elearning.xapi.domain.XapiException;
import org.firstshift.elearning.xapi.domain.XapiVersion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * Per-launch credentials (cmi5 fetch-URL style): a module that launches content asks for one and
 * hands the content {@code Authorization: Basic <token>}. The credential may only write statements
 * whose actor is the launched learner and whose object (or context activity) is the launched
 * activity, within the registration if one is given, and only until it expires.
 */
@ApplicationScoped
public class LaunchCredentials {
    static final Duration LONGEST = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What the launching module passes on: the header value and when it stops working. */
    public record LaunchCredential(String keyId, String token, Instant expiresAt) {
        /** The value of the {@code Authorization} header. */
        public String authorization() {
            return "Basic " + token;
        }
    }

    /**
     * Issues a credential for one launch.
     *
     * @param actor        the learner as an xAPI Agent (e.g. {@code {"account":{"homePage":...,"name":...}}})
     * @param activityId   the launched activity's IRI
     * @param registration the registration UUID, or null for none
     * @param validFor     how long it works (at most 7 days)
     * @param issuedBy     the module or person issuing it, for the record
     */
    @Transactional
    public LaunchCredential issue(JsonObject actor, String activityId, String registration, Duration validFor, String issuedBy) {
        StatementValidator validator = new StatementValidator(XapiVersion.V2_0_0);
        validator.actor(actor, "actor");
        String ifi = Agents.ifi(actor).orElseThrow(() -> XapiException.badRequest("actor: a launch needs an identified actor"));
        if (!StatementValidator.isIri(activityId)) {
            throw XapiException.badRequest("activityId: '" + activityId + "' is not an IRI");
        }
        if (registration != null && !StatementValidator.isUuid(registration)) {
            throw XapiException.badRequest("registration: '" + registration + "' is not a UUID");
        }
        if (validFor == null || validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST) > 0) {
            throw XapiException.badRequest("validFor: must be between one second and " + LONGEST.toDays() + " days");
        }
        Instant now = clock.instant();
        String secret = XapiCredential.newSecret();
        XapiCredential c = XapiCredential.launch("launch of " + activityId, secret, ifi, actor.toString(), activityId,
                registration == null ? null : registration.toLowerCase(Locale.ROOT), issuedBy, now, now.plus(validFor));
        em.persist(c);
        String token = Base64.getEncoder().encodeToString((c.getKeyId() + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new LaunchCredential(c.getKeyId(), token, c.getExpiresAt());
    }
}
