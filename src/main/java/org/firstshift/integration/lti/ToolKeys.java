package org.firstshift.integration.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.integration.domain.LtiToolKey;

import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * FirstShift's own RSA keys as an LTI tool. The first is made on first use and kept in the
 * database, so every node of a cluster signs with the same key and platforms can fetch it from
 * {@code /lti/jwks} on any node. The newest key signs; all are published.
 */
@ApplicationScoped
public class ToolKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The key to sign with (private). */
    @Transactional
    public RSAKey signingKey() {
        List<LtiToolKey> keys = stored();
        if (!keys.isEmpty()) {
            return parse(keys.get(0));
        }
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            em.persist(new LtiToolKey(key.getKeyID(), key.toJSONString(), clock.instant()));
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make an RSA key", e);
        }
    }

    /** The public halves of every key, as platforms fetch them. */
    @Transactional
    public JWKSet publicKeys() {
        if (stored().isEmpty()) {
            signingKey();
        }
        return new JWKSet(stored().stream().map(k -> (com.nimbusds.jose.jwk.JWK) parse(k).toPublicJWK()).toList());
    }

    private List<LtiToolKey> stored() {
        return em.createNamedQuery("LtiToolKey.all", LtiToolKey.class).getResultList();
    }

    private static RSAKey parse(LtiToolKey k) {
        try {
            return RSAKey.parse(k.getPrivateJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("stored LTI key " + k.getKid() + " is not a JWK", e);
        }
    }
}
