package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * An LTI login in progress: the {@code state} FirstShift sent to the platform's authorization
 * endpoint and the {@code nonce} the platform's id_token must carry back. Used once: the launch
 * marks it with a conditional update, so a replayed launch (same state, same token) is refused.
 */
@Entity
@Table(name = "integration_lti_login")
@NamedQuery(name = "LtiLogin.use", query = "UPDATE LtiLogin l SET l.usedAt = :now WHERE l.state = :state AND l.usedAt IS NULL AND l.createdAt > :since")
@NamedQuery(name = "LtiLogin.purge", query = "DELETE FROM LtiLogin l WHERE l.createdAt < :before")
public class LtiLogin {
    /** How long a platform has to answer a login with a launch. */
    public static final Duration VALID = Duration.ofMinutes(10);

    @Id
    @Column(length = 64)
    private String state;

    @Column(nullable = false, length = 64, updatable = false)
    private String nonce;

    @Column(name = "platform_id", nullable = false, updatable = false)
    private Long platformId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected LtiLogin() {
    }

    public LtiLogin(String state, String nonce, long platformId, Instant now) {
        this.state = state;
        this.nonce = nonce;
        this.platformId = platformId;
        this.createdAt = now;
    }

    public String getState() { return state; }
    public String getNonce() { return nonce; }
    public Long getPlatformId() { return platformId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUsedAt() { return usedAt; }
}
