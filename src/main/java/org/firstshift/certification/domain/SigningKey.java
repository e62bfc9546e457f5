package org.firstshift.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;

/**
 * A key pair the server generated for one purpose (signing Open Badges). The private key is kept
 * here as a JWK and only ever read by the signer; only {@link #getPublicJwk()} is published.
 */
@Entity
@Table(name = "certification_signing_key")
@NamedQuery(name = "SigningKey.findByPurpose", query = "SELECT k FROM SigningKey k WHERE k.purpose = :purpose")
public class SigningKey extends Identified {

    @Column(nullable = false, unique = true)
    private String purpose;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    @Column(name = "public_jwk", nullable = false)
    private String publicJwk;

    @Column(name = "private_key", nullable = false)
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    public SigningKey(String purpose, String keyId, String publicJwk, String privateJwk, Instant createdAt) {
        this.purpose = purpose;
        this.keyId = keyId;
        this.publicJwk = publicJwk;
        this.privateJwk = privateJwk;
        this.createdAt = createdAt;
    }

    public String getPurpose() { return purpose; }
    public String getKeyId() { return keyId; }
    public String getPublicJwk() { return publicJwk; }
    /** Only for the signer in this module. */
    public String privateJwk() { return privateJwk; }
    public Instant getCreatedAt() { return createdAt; }
}
