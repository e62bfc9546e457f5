package org.firstshift.platform.audit;

/** What happened to a recorded thing. */
public enum AuditAction {
    CREATED, UPDATED, DEACTIVATED, IMPORTED, APPROVED, REJECTED, LOADED, CANCELLED, EXPORTED, ERASED
}
