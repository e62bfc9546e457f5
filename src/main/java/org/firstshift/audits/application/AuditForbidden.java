package org.firstshift.audits.application;

/** The person may not do this with audits (mapped to 403). */
public class AuditForbidden extends RuntimeException {
    public AuditForbidden(String message) {
        super(message);
    }
}
