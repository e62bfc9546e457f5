package org.firstshift.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One activity (a lesson, a role-play scenario: any activity type key and its ref) assigned to one
 * employee outside their programs, e.g. by an audit whose failed lines this activity teaches.
 * {@code source} says which module assigned it ("audit"); {@code reason} is language-neutral
 * (rule ids, a date), the page words it in the learner's language. Done when the employee
 * completes (or passes again) the activity after it was assigned.
 */
@Entity
@Table(name = "learning_assignment")
@NamedQueries({
        @NamedQuery(name = "Assignment.ofEmployee",
                query = "SELECT a FROM Assignment a WHERE a.employeeId = :employeeId ORDER BY a.dueOn, a.id"),
        @NamedQuery(name = "Assignment.openOf",
                query = "SELECT a FROM Assignment a WHERE a.employeeId = :employeeId AND a.typeKey = :typeKey AND a.ref = :ref"
                        + " AND a.completedAt IS NULL")
})
public class Assignment extends Identified {

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "type_key", nullable = false, updatable = false)
    private String typeKey;

    @Column(nullable = false, updatable = false)
    private String ref;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Assignment() {
    }

    public Assignment(long employeeId, String typeKey, String ref, LocalDate dueOn, String reason, String source, Instant at) {
        this.employeeId = employeeId;
        this.typeKey = typeKey;
        this.ref = ref;
        this.dueOn = dueOn;
        this.reason = reason;
        this.source = source;
        this.assignedAt = at;
    }

    /** Assigned again while still open: the earlier due date and both reasons hold. */
    public void reassign(LocalDate newDue, String moreReason) {
        if (newDue.isBefore(dueOn)) {
            dueOn = newDue;
        }
        if (!reason.contains(moreReason) && reason.length() + moreReason.length() < 990) {
            reason = reason + "; " + moreReason;
        }
    }

    public void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    public boolean isDone() {
        return completedAt != null;
    }

    public boolean overdue(LocalDate today) {
        return !isDone() && today.isAfter(dueOn);
    }

    public long getEmployeeId() { return employeeId; }
    public String getTypeKey() { return typeKey; }
    public String getRef() { return ref; }
    public LocalDate getDueOn() { return dueOn; }
    public String getReason() { return reason; }
    public String getSource() { return source; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getCompletedAt() { return completedAt; }
}
