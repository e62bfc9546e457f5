package org.firstshift.elearning.xapi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A credential that may use the LRS with HTTP Basic ({@code keyId:secret}): an LRS key an admin made
 * (kind {@code KEY}, full access until revoked) or a launch credential another module issued (kind
 * {@code LAUNCH}: one actor, one activity, maybe one registration, until it expires). Only the
 * SHA-256 of the secret is kept: the secret is 256 random bits, so a slow hash adds nothing.
 */
@Entity
@Table(name = "xapi_credential")
@NamedQuery(name = "XapiCredential.byKeyId", query = "SELECT c FROM XapiCredential c WHERE c.keyId = :keyId")
@NamedQuery(name = "XapiCredential.ofKind", query = "SELECT c FROM XapiCredential c WHERE c.kind = :kind ORDER BY c.createdAt DESC, c.id DESC")
public class XapiCredential extends Identified {
    public static final String KEY = "KEY";
    public static final String LAUNCH = "LAUNCH";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(nullable = false, length = 10, updatable = false)
    private String kind;

    @Column(name = "key_id", nullable = false, length = 40, updatable = false)
    private String keyId;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(nullable = false, length = 200, updatable = false)
    private String name;

    @Column(name = "actor_ifi", length = 600, updatable = false)
    private String actorIfi;

    @Column(name = "actor_json", length = 4000, updatable = false)
    private String actorJson;

    @Column(name = "activity_id", length = 600, updatable = false)
    private String activityId;

    @Column(length = 36, updatable = false)
    private String registration;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected XapiCredential() {
    }

    private XapiCredential(String kind, String name, String secret, String createdBy, Instant createdAt) {
        this.kind = kind;
        this.keyId = randomText(12);
        this.secretHash = hash(secret);
        this.name = Objects.requireNonNull(name);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static XapiCredential key(String name, String secret, String createdBy, Instant now) {
        return new XapiCredential(KEY, name, secret, createdBy, now);
    }

    public static XapiCredential launch(String name, String secret, String actorIfi, String actorJson, String activityId,
                                        String registration, String createdBy, Instant now, Instant expiresAt) {
        XapiCredential c = new XapiCredential(LAUNCH, name, secret, createdBy, now);
        c.actorIfi = Objects.requireNonNull(actorIfi);
        c.actorJson = actorJson;
        c.activityId = Objects.requireNonNull(activityId);
        c.registration = registration;
        c.expiresAt = Objects.requireNonNull(expiresAt);
        return c;
    }

    /** A new secret: 256 random bits, URL-safe Base64 (so it can sit in a Basic header and a URL). */
    public static String newSecret() {
        return randomText(32);
    }

    private static String randomText(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Whether the secret is this credential's, compared in constant time. */
    public boolean accepts(String secret, Instant now) {
        boolean same = MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                secretHash.getBytes(StandardCharsets.US_ASCII));
        return same && usableAt(now);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String status(Instant now) {
        return revokedAt != null ? "revoked" : usableAt(now) ? "active" : "expired";
    }

    public boolean isLaunch() { return LAUNCH.equals(kind); }
    public String getKind() { return kind; }
    public String getKeyId() { return keyId; }
    public String getName() { return name; }
    public String getActorIfi() { return actorIfi; }
    public String getActorJson() { return actorJson; }
    public String getActivityId() { return activityId; }
    public String getRegistration() { return registration; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
