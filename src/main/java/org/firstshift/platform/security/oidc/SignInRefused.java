package org.firstshift.platform.security.oidc;

/**
 * A company sign-in that must not sign anyone in. The message is for the log (which check failed,
 * never a token); the {@link Refusal} is what the person is told.
 */
public class SignInRefused extends Exception {
    private final Refusal refusal;

    public SignInRefused(Refusal refusal, String logMessage) {
        super(logMessage);
        this.refusal = refusal;
    }

    public SignInRefused(Refusal refusal, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
