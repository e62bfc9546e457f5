package org.firstshift.shadowing.domain;

/** What a record in a trainee's chain says. Nothing is ever changed: every statement is a new record. */
public enum RecordKind {
    /** A mentor observed the trainee do a task and rated it. */
    SIGN_OFF,
    /** A mentor replaces the rating or comment of an earlier sign-off (which stays in the chain). */
    CORRECTION,
    /** The trainee agrees that a sign-off or correction is what happened. */
    CONFIRMATION
}
