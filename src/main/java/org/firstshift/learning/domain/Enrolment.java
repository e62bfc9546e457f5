package org.firstshift.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;

/**
 * An employee is (or was) enrolled in a program. Enrolments are deactivated, not deleted, when the
 * employee leaves the audience, so progress and history stay.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.ofEmployee", query = "SELECT e FROM Enrolment e WHERE e.employeeId = :employeeId ORDER BY e.assignedAt")
@NamedQuery(name = "Enrolment.allActive", query = "SELECT e FROM Enrolment e WHERE e.active = :active")
public class Enrolment extends Identified {

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private String reason;

    protected Enrolment() {
    }

    public Enrolment(long employeeId, Program program, Instant assignedAt, String reason) {
        this.employeeId = employeeId;
        this.program = program;
        this.assignedAt = assignedAt;
        this.reason = reason;
    }

    public void reactivate(String why) {
        active = true;
        reason = why;
    }

    public void deactivate(String why) {
        active = false;
        reason = why;
    }

    public long getEmployeeId() { return employeeId; }
    public Program getProgram() { return program; }
    public Instant getAssignedAt() { return assignedAt; }
    public boolean isActive() { return active; }
    public String getReason() { return reason; }
}
