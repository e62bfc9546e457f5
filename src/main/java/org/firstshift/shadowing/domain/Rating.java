package org.firstshift.shadowing.domain;

/** How the trainee did a task while the mentor watched. Only INDEPENDENTLY counts towards completion. */
public enum Rating {
    /** The mentor had to take over. */
    NOT_YET,
    /** Done, with the mentor stepping in or prompting. */
    WITH_HELP,
    /** Done to the standard without help. */
    INDEPENDENTLY;

    public static Rating parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("rating is required (NOT_YET, WITH_HELP or INDEPENDENTLY)");
        }
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rating must be NOT_YET, WITH_HELP or INDEPENDENTLY, not '" + text + "'");
        }
    }
}
