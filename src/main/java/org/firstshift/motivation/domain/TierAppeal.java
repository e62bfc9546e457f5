package org.firstshift.motivation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An employee disputes an evaluation with a comment; HR resolves it with an answer. */
@Entity
@Table(name = "tier_appeal")
@NamedQuery(name = "TierAppeal.byStatus", query = "SELECT a FROM TierAppeal a WHERE a.status = :status ORDER BY a.id")
@NamedQuery(name = "TierAppeal.ofEmployee", query = "SELECT a FROM TierAppeal a WHERE a.employeeId = :employeeId ORDER BY a.id DESC")
public class TierAppeal extends Identified {
    public static final int MAX_TEXT = 2000;

    public enum Status { OPEN, RESOLVED }

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(name = "comment_text", nullable = false)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    private String resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TierAppeal() {
    }

    public TierAppeal(long employeeId, long evaluationId, String comment, Instant createdAt) {
        this.employeeId = employeeId;
        this.evaluationId = evaluationId;
        this.comment = text(comment, "comment");
        this.createdAt = createdAt;
    }

    public void resolve(String answer, String by, Instant at) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("appeal " + getId() + " is already resolved");
        }
        this.resolution = text(answer, "resolution");
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.status = Status.RESOLVED;
    }

    private static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the " + what + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("employee_id", employeeId);
        s.put("evaluation_id", evaluationId);
        s.put("comment", comment);
        s.put("status", status.name());
        s.put("resolution", resolution);
        return s;
    }

    /** An erasure blanks what the person wrote; that an appeal was made and how it ended stays. */
    public void eraseComment() {
        comment = "(erased)";
    }

    public long getEmployeeId() { return employeeId; }
    public long getEvaluationId() { return evaluationId; }
    public String getComment() { return comment; }
    public Status getStatus() { return status; }
    public String getResolution() { return resolution; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
