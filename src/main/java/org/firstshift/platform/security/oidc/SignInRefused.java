package org.firstshift.platform.security.oidc;

/**
 * A company sign-in that must not sign anyone in. The message is for the log (which check failed,
 * never a token); the {@link Refusal} is what the person is told.
 */
public class SignInRefused extends Exception {
    private static final int LONGEST_MESSAGE = 500;

    private final Refusal refusal;

    public SignInRefused(Refusal refusal, String logMessage) {
        this(refusal, logMessage, null);
    }

    public SignInRefused(Refusal refusal, String logMessage, Throwable cause) {
        super(forLog(logMessage), cause);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    /**
     * Parts of the message come from the callback's parameters or the token (an error description,
     * an issuer, a user name), so line breaks and other control characters are replaced and the
     * length capped: nobody can write their own lines into the server log.
     */
    static String forLog(String message) {
        String oneLine = String.valueOf(message).replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= LONGEST_MESSAGE ? oneLine : oneLine.substring(0, LONGEST_MESSAGE) + "...";
    }
}
