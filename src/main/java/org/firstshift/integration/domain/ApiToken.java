package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** An issued token: who it belongs to, what it may do, until when. The token text itself is never stored. */
@Entity
@Table(name = "integration_api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.ofOwner", query = "SELECT t FROM ApiToken t WHERE t.ownerAccountId = :owner AND t.kind = :kind ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = "ApiToken.ofKind", query = "SELECT t FROM ApiToken t WHERE t.kind = :kind ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = "ApiToken.touch", query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :cutoff)")
public class ApiToken extends Identified {
    /** Touching last-used on every request would write on every call; once a minute is enough to see use. */
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private TokenKind kind;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "owner_account_id", nullable = false, updatable = false)
    private Long ownerAccountId;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 16, updatable = false)
    private String tokenHint;

    @Column(nullable = false, length = 400, updatable = false)
    private String scopes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(TokenKind kind, String name, long ownerAccountId, String token, Set<String> scopes,
                    Instant createdAt, Instant expiresAt) {
        this.kind = Objects.requireNonNull(kind);
        this.name = name;
        this.ownerAccountId = ownerAccountId;
        this.tokenHash = TokenSecret.hash(token);
        this.tokenHint = TokenSecret.hint(token);
        this.scopes = String.join(",", scopes);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String status(Instant now) {
        return revokedAt != null ? "revoked" : now.isBefore(expiresAt) ? "active" : "expired";
    }

    public TokenKind getKind() { return kind; }
    public String getName() { return name; }
    public Long getOwnerAccountId() { return ownerAccountId; }
    public String getTokenHint() { return tokenHint; }
    public Set<String> scopes() { return new LinkedHashSet<>(Arrays.asList(scopes.split(","))); }
    public String getScopes() { return scopes; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
