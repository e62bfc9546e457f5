package org.firstshift.platform.security.oidc;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A company sign-in that has left for the provider and not come back yet: the values the callback
 * must match (state, nonce), the PKCE code verifier the token request proves possession with, and
 * the page the person wanted. Kept in the HTTP session (serializable so sessions can replicate);
 * one at a time, used once.
 */
record PendingSignIn(String state, String nonce, String codeVerifier, String next, Instant started)
        implements Serializable {

    /** How long a person may spend at the provider's login page. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    boolean expiredAt(Instant now) {
        return now.isAfter(started.plus(PATIENCE));
    }
}
