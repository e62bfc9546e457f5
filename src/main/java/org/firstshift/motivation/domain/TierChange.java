package org.firstshift.motivation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An eligibility record: an evaluation moved the employee to another tier, so from
 * {@code effectiveFrom} they are eligible for its pay grade. HR approves (the pay grade changes
 * and payroll exports it) or rejects with a reason. A newer tier change of the same employee
 * supersedes a pending one.
 */
@Entity
@Table(name = "tier_change")
@NamedQuery(name = "TierChange.byStatus", query = "SELECT c FROM TierChange c WHERE c.status = :status ORDER BY c.effectiveFrom, c.id")
@NamedQuery(name = "TierChange.ofEmployee", query = "SELECT c FROM TierChange c WHERE c.employeeId = :employeeId ORDER BY c.id DESC")
@NamedQuery(name = "TierChange.pendingOf", query = "SELECT c FROM TierChange c WHERE c.employeeId = :employeeId AND c.status = :status")
@NamedQuery(name = "TierChange.approvedBetween", query = "SELECT c FROM TierChange c WHERE c.status = :status "
        + "AND c.effectiveFrom >= :from AND c.effectiveFrom <= :to ORDER BY c.effectiveFrom, c.id")
public class TierChange extends Identified {

    public enum Status { PENDING, APPROVED, REJECTED, SUPERSEDED }

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(name = "from_tier")
    private String fromTier;

    @Column(name = "from_grade")
    private String fromGrade;

    @Column(name = "to_tier", nullable = false)
    private String toTier;

    @Column(name = "to_grade", nullable = false)
    private String toGrade;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TierChange() {
    }

    public TierChange(long employeeId, long evaluationId, String fromTier, String fromGrade, String toTier, String toGrade,
                      LocalDate effectiveFrom, Instant createdAt) {
        this.employeeId = employeeId;
        this.evaluationId = evaluationId;
        this.fromTier = fromTier;
        this.fromGrade = fromGrade;
        this.toTier = toTier;
        this.toGrade = toGrade;
        this.effectiveFrom = effectiveFrom;
        this.createdAt = createdAt;
    }

    public void approve(String by, Instant at) {
        decide(Status.APPROVED, null, by, at);
    }

    public void reject(String why, String by, Instant at) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        decide(Status.REJECTED, why.strip(), by, at);
    }

    public void supersede(Instant at) {
        decide(Status.SUPERSEDED, null, "system", at);
    }

    private void decide(Status to, String why, String by, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("tier change " + getId() + " is already " + status.name().toLowerCase());
        }
        this.status = to;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("employee_id", employeeId);
        s.put("from", fromTier + " / " + fromGrade);
        s.put("to", toTier + " / " + toGrade);
        s.put("effective_from", effectiveFrom.toString());
        s.put("status", status.name());
        s.put("reason", reason);
        return s;
    }

    public long getEmployeeId() { return employeeId; }
    public long getEvaluationId() { return evaluationId; }
    public String getFromTier() { return fromTier; }
    public String getFromGrade() { return fromGrade; }
    public String getToTier() { return toTier; }
    public String getToGrade() { return toGrade; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public Status getStatus() { return status; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
