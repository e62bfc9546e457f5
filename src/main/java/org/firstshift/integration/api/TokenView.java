package org.firstshift.integration.api;

import org.firstshift.integration.domain.ApiToken;

import java.time.Instant;
import java.util.Set;

/**
 * A token as lists show it. {@code token} is set only in the answer that created it: the text is
 * not stored and cannot be shown again.
 */
public record TokenView(long id, String kind, String name, String owner, String hint, Set<String> scopes,
                        Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String status,
                        String token) {

    public static TokenView of(ApiToken t, String owner, Instant now, String secret) {
        return new TokenView(t.getId(), t.getKind().name().toLowerCase(), t.getName(), owner, t.getTokenHint(),
                t.scopes(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), t.status(now), secret);
    }
}
