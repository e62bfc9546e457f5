package org.firstshift.roleplay.domain;

/** How a role-play ends for the customer. */
public enum Outcome {
    SALE, SATISFIED, LEFT, COMPLAINT;

    /** Endings the standard aims for. */
    public boolean isGood() {
        return this == SALE || this == SATISFIED;
    }
}
