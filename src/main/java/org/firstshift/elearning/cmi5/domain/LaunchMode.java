package org.firstshift.elearning.cmi5.domain;

/**
 * How the LMS launched an AU (cmi5 10.0 launchMode). Only a Normal launch records completion: in
 * Browse (look around first) and Review (look again after meeting moveOn) the AU sends initialized
 * and terminated and nothing else cmi5 defines, and the LMS does not evaluate moveOn.
 */
public enum LaunchMode {
    Normal, Browse, Review;

    /** The mode a learner asked for; none means Normal. */
    public static LaunchMode of(String text) {
        if (text == null || text.isBlank()) {
            return Normal;
        }
        for (LaunchMode m : values()) {
            if (m.name().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("launchMode '" + text + "' is not one of Normal, Browse, Review");
    }

    public boolean recordsCompletion() {
        return this == Normal;
    }
}
