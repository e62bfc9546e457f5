package org.firstshift.motivation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored evaluation: the tier an employee held, the scheme version and the facts (a JSON
 * snapshot of their results) it was computed from. A new record is written only when the scheme,
 * the facts or the tier change; re-evaluating the same inputs on a later day only moves
 * {@code checkedOn}. Any record can be explained again exactly as it was, from its own inputs.
 */
@Entity
@Table(name = "tier_evaluation")
@NamedQuery(name = "TierEvaluationRecord.latestOf", query = "SELECT e FROM TierEvaluationRecord e WHERE e.employeeId = :employeeId ORDER BY e.id DESC")
@NamedQuery(name = "TierEvaluationRecord.countOf", query = "SELECT COUNT(e) FROM TierEvaluationRecord e WHERE e.employeeId = :employeeId")
@NamedQuery(name = "TierEvaluationRecord.latestAll", query = "SELECT e FROM TierEvaluationRecord e WHERE e.id IN "
        + "(SELECT MAX(x.id) FROM TierEvaluationRecord x GROUP BY x.employeeId)")
public class TierEvaluationRecord extends Identified {

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "scheme_id", nullable = false)
    private long schemeId;

    @Column(name = "tier_code", nullable = false)
    private String tierCode;

    @Column(name = "pay_grade", nullable = false)
    private String payGrade;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Column(name = "trigger_text", nullable = false)
    private String trigger;

    @Column(nullable = false)
    private String facts;

    @Column(nullable = false)
    private String fingerprint;

    protected TierEvaluationRecord() {
    }

    public TierEvaluationRecord(long employeeId, long schemeId, String tierCode, String payGrade, LocalDate day, Instant at,
                                String trigger, String facts, String fingerprint) {
        this.employeeId = employeeId;
        this.schemeId = schemeId;
        this.tierCode = tierCode;
        this.payGrade = payGrade;
        this.evaluatedOn = day;
        this.checkedOn = day;
        this.evaluatedAt = at;
        this.trigger = trigger.length() > 100 ? trigger.substring(0, 100) : trigger;
        this.facts = facts;
        this.fingerprint = fingerprint;
    }

    /** The same inputs were evaluated again on a later day with the same outcome. */
    public void confirmedOn(LocalDate day) {
        if (day.isAfter(checkedOn)) {
            checkedOn = day;
        }
    }

    public long getEmployeeId() { return employeeId; }
    public long getSchemeId() { return schemeId; }
    public String getTierCode() { return tierCode; }
    public String getPayGrade() { return payGrade; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
    public String getTrigger() { return trigger; }
    public String getFacts() { return facts; }
    public String getFingerprint() { return fingerprint; }
}
