package org.firstshift.audits.domain;

/** Where the mystery shopper met the employee: on the sales floor or on the phone. */
public enum Channel {
    FLOOR, PHONE
}
