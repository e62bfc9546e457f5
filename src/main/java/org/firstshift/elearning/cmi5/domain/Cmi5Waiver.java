package org.firstshift.elearning.cmi5.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An AU waived for a learner (cmi5 9.3.7): HR or an admin decided its requirements were met another
 * way. Once per AU and registration; the reason is one of cmi5's four (9.5.5.2), the comment says why
 * in the words of whoever waived it. The waiver has a session id of its own for its statements.
 */
@Entity
@Table(name = "cmi5_waiver")
@NamedQuery(name = "Cmi5Waiver.ofLearner", query = "SELECT w FROM Cmi5Waiver w WHERE w.employeeId = :employeeId "
        + "AND w.packageCode = :packageCode ORDER BY w.waivedAt, w.id")
public class Cmi5Waiver extends Identified {

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "package_code", nullable = false, updatable = false)
    private String packageCode;

    @Column(name = "au_seq", nullable = false, updatable = false)
    private int auSeq;

    @Column(nullable = false, updatable = false)
    private String registration;

    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "comment_text", updatable = false)
    private String comment;

    @Column(name = "waived_by", nullable = false, updatable = false)
    private String waivedBy;

    @Column(name = "waived_at", nullable = false, updatable = false)
    private Instant waivedAt;

    protected Cmi5Waiver() {
    }

    public Cmi5Waiver(long employeeId, String packageCode, int auSeq, String registration, String reason, String comment,
                      String waivedBy, Instant at) {
        if (!Cmi5Statements.WAIVE_REASONS.contains(reason)) {
            throw new IllegalArgumentException("reason '" + reason + "' is not one of " + Cmi5Statements.WAIVE_REASONS);
        }
        this.employeeId = employeeId;
        this.packageCode = Objects.requireNonNull(packageCode);
        this.auSeq = auSeq;
        this.registration = Objects.requireNonNull(registration);
        this.sessionId = UUID.randomUUID().toString();
        this.reason = reason;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.waivedBy = Objects.requireNonNull(waivedBy);
        this.waivedAt = at;
    }

    public long getEmployeeId() { return employeeId; }
    public String getPackageCode() { return packageCode; }
    public int getAuSeq() { return auSeq; }
    public String getRegistration() { return registration; }
    public String getSessionId() { return sessionId; }
    public String getReason() { return reason; }
    public String getComment() { return comment; }
    public String getWaivedBy() { return waivedBy; }
    public Instant getWaivedAt() { return waivedAt; }
}
