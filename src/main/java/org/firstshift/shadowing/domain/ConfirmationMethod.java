package org.firstshift.shadowing.domain;

/** How the trainee confirmed: on their own page (signed in) or with their PIN on the mentor's phone. */
public enum ConfirmationMethod {
    OWN_PAGE, PIN
}
