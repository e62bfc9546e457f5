package org.firstshift.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;

/**
 * One employee's progress on one activity (type key + reference). It belongs to the activity, not
 * to a program, so work done once counts wherever the activity appears. Completion is final:
 * a later, lower score never takes it away; the best score is kept.
 */
@Entity
@Table(name = "activity_progress")
@NamedQuery(name = "ActivityProgress.ofEmployee", query = "SELECT p FROM ActivityProgress p WHERE p.employeeId = :employeeId")
@NamedQuery(name = "ActivityProgress.ofEmployees", query = "SELECT p FROM ActivityProgress p WHERE p.employeeId IN :employeeIds")
@NamedQuery(name = "ActivityProgress.find",
        query = "SELECT p FROM ActivityProgress p WHERE p.employeeId = :employeeId AND p.typeKey = :typeKey AND p.ref = :ref")
@NamedQuery(name = "ActivityProgress.completedOf",
        query = "SELECT p FROM ActivityProgress p WHERE p.typeKey = :typeKey AND p.ref = :ref AND p.status = :status")
public class ActivityProgress extends Identified {

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "type_key", nullable = false)
    private String typeKey;

    @Column(nullable = false)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgressStatus status = ProgressStatus.IN_PROGRESS;

    private Integer score;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected ActivityProgress() {
    }

    public ActivityProgress(long employeeId, String typeKey, String ref, Instant startedAt) {
        this.employeeId = employeeId;
        this.typeKey = typeKey;
        this.ref = ref;
        this.startedAt = startedAt;
    }

    /**
     * Records an attempt; completes the activity when it passed. Whether the result changed: a
     * first score, a better one, or the completion (a worse or equal attempt changes nothing).
     */
    public boolean attempt(int newScore, boolean passed, Instant at) {
        Integer before = score;
        boolean wasCompleted = isCompleted();
        score = score == null ? newScore : Math.max(score, newScore);
        if (passed && status != ProgressStatus.COMPLETED) {
            status = ProgressStatus.COMPLETED;
            completedAt = at;
        }
        return !score.equals(before) || wasCompleted != isCompleted();
    }

    public boolean isCompleted() {
        return status == ProgressStatus.COMPLETED;
    }

    public long getEmployeeId() { return employeeId; }
    public String getTypeKey() { return typeKey; }
    public String getRef() { return ref; }
    public ProgressStatus getStatus() { return status; }
    public Integer getScore() { return score; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
}
