package org.firstshift.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * After a standard changes, someone who had completed a lesson on the old rules reads only what
 * changed: the changed rules of that lesson. Nothing else of their progress is reset.
 */
@Entity
@Table(name = "refresher")
@NamedQuery(name = "Refresher.ofEmployee", query = "SELECT r FROM Refresher r WHERE r.employeeId = :employeeId ORDER BY r.assignedAt DESC")
@NamedQuery(name = "Refresher.find", query = "SELECT r FROM Refresher r WHERE r.employeeId = :employeeId "
        + "AND r.standardCode = :standard AND r.standardVersion = :version AND r.lessonCode = :lesson")
public class Refresher extends Identified {

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "standard_code", nullable = false)
    private String standardCode;

    @Column(name = "standard_version", nullable = false)
    private int standardVersion;

    @Column(name = "lesson_code", nullable = false)
    private String lessonCode;

    @Convert(converter = CodeListConverter.class)
    @Column(name = "rule_codes", nullable = false)
    private List<String> ruleCodes;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Refresher() {
    }

    public Refresher(long employeeId, String standardCode, int standardVersion, String lessonCode,
                     List<String> ruleCodes, Instant assignedAt, LocalDate dueOn) {
        if (ruleCodes.isEmpty()) {
            throw new IllegalArgumentException("a refresher covers at least one changed rule");
        }
        this.employeeId = employeeId;
        this.standardCode = standardCode;
        this.standardVersion = standardVersion;
        this.lessonCode = lessonCode;
        this.ruleCodes = List.copyOf(ruleCodes);
        this.assignedAt = assignedAt;
        this.dueOn = dueOn;
    }

    public void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    public boolean isCompleted() { return completedAt != null; }
    public boolean isOverdue(LocalDate today) { return !isCompleted() && today.isAfter(dueOn); }
    public long getEmployeeId() { return employeeId; }
    public String getStandardCode() { return standardCode; }
    public int getStandardVersion() { return standardVersion; }
    public String getLessonCode() { return lessonCode; }
    public List<String> getRuleCodes() { return ruleCodes; }
    public Instant getAssignedAt() { return assignedAt; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getCompletedAt() { return completedAt; }
}
