package org.firstshift.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * How {@link FirstShiftAuthentication} checks an {@code Authorization: Bearer} token without knowing
 * where tokens live: the integration module implements it (a CDI bean). The platform only asks
 * "who is this and which groups do they get"; issuing, hashing and revoking belong to the module.
 */
public interface BearerTokens {

    /** The caller behind a token, or empty when it is unknown, revoked, expired or its account is inactive. */
    Optional<TokenCaller> authenticate(String token);

    /** The principal name and groups a valid token gives its caller for this request. */
    record TokenCaller(String name, Set<String> groups) {
        public TokenCaller {
            groups = Set.copyOf(groups);
        }
    }
}
