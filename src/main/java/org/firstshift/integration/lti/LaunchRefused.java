package org.firstshift.integration.lti;

/**
 * A login or launch that FirstShift refuses. The code is stable (tests and platform admins rely
 * on it), the message says what failed without repeating the token. A runtime exception so that
 * the launch's transaction rolls back: a refused launch changes nothing.
 */
public class LaunchRefused extends RuntimeException {

    /** Why, with the HTTP status the launch endpoint answers. */
    public enum Reason {
        MALFORMED(400), UNKNOWN_PLATFORM(401), BAD_SIGNATURE(401), EXPIRED(401), UNKNOWN_STATE(401),
        NONCE_MISMATCH(401), REPLAYED(401), UNKNOWN_DEPLOYMENT(403), WRONG_MESSAGE(400), MISSING_CLAIM(400),
        UNKNOWN_ACTIVITY(404), UNKNOWN_USER(403);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The resource-bundle key of the text shown to the person. */
        public String messageKey() {
            return "lti.refused." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public LaunchRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
