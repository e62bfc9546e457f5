package org.firstshift.platform.activity;

/** What an activity type can do, so programs and reports can ask instead of assuming. */
public enum ActivityFeature {
    /** Produces a score with a pass mark. */
    GRADED,
    /** Knows by itself when a learner has completed it. */
    TRACKS_COMPLETION,
    /** Completion needs someone else's sign-off (a mentor, an auditor). */
    NEEDS_SIGN_OFF,
    /** Can be worked on without a connection and synchronised later. */
    WORKS_OFFLINE
}
