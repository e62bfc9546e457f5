package org.firstshift.audits.domain;

/** An author's working version, or a published one that visits may pin. */
public enum ChecklistStatus {
    DRAFT, PUBLISHED
}
