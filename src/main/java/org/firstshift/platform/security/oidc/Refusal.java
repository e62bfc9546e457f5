package org.firstshift.platform.security.oidc;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a company sign-in did not sign anyone in, as the login page tells it. The code travels in
 * the login page's address ({@code ?sso=unknown-account}); only these codes are ever shown, so the
 * address cannot be used to put words on the page. A forged state, a bad token and a broken token
 * exchange all read the same ({@link #FAILED}): the log says which check failed, the page does not.
 */
public enum Refusal {
    /** The token names nobody with an active FirstShift account. */
    UNKNOWN_ACCOUNT("unknown-account"),
    /** No sign-in was in progress in this session, or it took too long. */
    EXPIRED("expired"),
    /** The provider refused or the person cancelled there. */
    DENIED("denied"),
    /** The provider could not be reached, or FirstShift's SSO settings are incomplete. */
    UNAVAILABLE("unavailable"),
    /** Any failed check: state, token exchange, signature, issuer, audience, expiry, nonce. */
    FAILED("failed");

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The key of the message in the {@code platform} bundle. */
    public String messageKey() {
        return "login.sso." + code;
    }

    public static Optional<Refusal> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
