package org.firstshift.audits.domain;

/** A draft is saved as the auditor goes; a submitted visit never changes again. */
public enum VisitStatus {
    DRAFT, SUBMITTED
}
