package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One of FirstShift's own RSA keys as an LTI tool (a private JWK in JSON). The newest signs; all
 * are published at {@code /lti/jwks} so that messages signed before a rotation still verify.
 */
@Entity
@Table(name = "integration_lti_key")
@NamedQuery(name = "LtiToolKey.all", query = "SELECT k FROM LtiToolKey k ORDER BY k.createdAt DESC, k.kid")
public class LtiToolKey {

    @Id
    @Column(length = 64)
    private String kid;

    @Column(name = "private_jwk", nullable = false, length = 8000, updatable = false)
    private String privateJwk;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LtiToolKey() {
    }

    public LtiToolKey(String kid, String privateJwk, Instant now) {
        this.kid = kid;
        this.privateJwk = privateJwk;
        this.createdAt = now;
    }

    public String getKid() { return kid; }
    public String getPrivateJwk() { return privateJwk; }
    public Instant getCreatedAt() { return createdAt; }
}
