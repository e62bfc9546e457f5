package org.firstshift.certification.domain;

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
 * One cycle of a certification held by an employee, and its certificate (the verification code).
 * A renewal is a new cycle pointing at the one it continues; no cycle is ever deleted or has its
 * dates changed, so the history of every cycle, with the attempt that earned it, stays.
 * <p>
 * {@link State} is what the daily job and HR recorded; what a cycle <em>is</em> on a day comes
 * from its dates ({@link #statusOn}), so a lapse shows on time even before the job has run.
 */
@Entity
@Table(name = "certification_cycle")
@NamedQuery(name = "CertificationCycle.findByEmployee",
        query = "SELECT c FROM CertificationCycle c WHERE c.employeeId = :employee ORDER BY c.certificationCode, c.validFrom")
@NamedQuery(name = "CertificationCycle.findByEmployees",
        query = "SELECT c FROM CertificationCycle c WHERE c.employeeId IN :employees ORDER BY c.employeeId, c.certificationCode, c.validFrom")
@NamedQuery(name = "CertificationCycle.findByEmployeeAndCertification",
        query = "SELECT c FROM CertificationCycle c WHERE c.employeeId = :employee AND c.certificationCode = :certification ORDER BY c.validFrom")
@NamedQuery(name = "CertificationCycle.findByCertificateCode",
        query = "SELECT c FROM CertificationCycle c WHERE c.certificateCode = :code")
@NamedQuery(name = "CertificationCycle.findByAttempt",
        query = "SELECT c FROM CertificationCycle c WHERE c.attemptId = :attempt")
@NamedQuery(name = "CertificationCycle.findSuccessors",
        query = "SELECT c FROM CertificationCycle c WHERE c.previousCycleId IN :ids")
@NamedQuery(name = "CertificationCycle.idsOpenEndingBefore",
        query = "SELECT c.id FROM CertificationCycle c WHERE c.state = :state AND c.validUntil < :day")
@NamedQuery(name = "CertificationCycle.idsOpenEndingBetween",
        query = "SELECT c.id FROM CertificationCycle c WHERE c.state = :state AND c.validUntil >= :from AND c.validUntil <= :to")
public class CertificationCycle extends Identified implements CertificationTerms.CycleDates {

    public enum State { ACTIVE, RENEWED, LAPSED, REVOKED }

    public enum Origin { EXAM, IMPORTED }

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "certification_code", nullable = false)
    private String certificationCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(name = "exam_code")
    private String examCode;

    @Column(name = "attempt_id")
    private Long attemptId;

    @Column(name = "score_percent")
    private Double scorePercent;

    @Column(name = "previous_cycle_id")
    private Long previousCycleId;

    @Column(name = "certificate_code", nullable = false, unique = true)
    private String certificateCode;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.ACTIVE;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Column(name = "last_reminder_days")
    private Integer lastReminderDays;

    protected CertificationCycle() {
    }

    private CertificationCycle(long employeeId, String certificationCode, LocalDate validFrom, LocalDate validUntil,
                               Origin origin, String certificateCode, Instant grantedAt) {
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a cycle cannot end (" + validUntil + ") before it starts (" + validFrom + ")");
        }
        this.employeeId = employeeId;
        this.certificationCode = certificationCode;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.origin = origin;
        this.certificateCode = certificateCode;
        this.grantedAt = grantedAt;
    }

    /** A cycle earned by an exam attempt; {@code previous} is the cycle it continues, or null. */
    public static CertificationCycle earned(long employeeId, String certificationCode, LocalDate from, LocalDate until,
                                            String examCode, long attemptId, double scorePercent, Long previous,
                                            String certificateCode, Instant at) {
        CertificationCycle c = new CertificationCycle(employeeId, certificationCode, from, until, Origin.EXAM, certificateCode, at);
        c.examCode = examCode;
        c.attemptId = attemptId;
        c.scorePercent = scorePercent;
        c.previousCycleId = previous;
        return c;
    }

    /** A cycle held before FirstShift, imported from content. */
    public static CertificationCycle imported(long employeeId, String certificationCode, LocalDate from, LocalDate until,
                                              Long previous, String certificateCode, Instant at) {
        CertificationCycle c = new CertificationCycle(employeeId, certificationCode, from, until, Origin.IMPORTED, certificateCode, at);
        c.previousCycleId = previous;
        return c;
    }

    public CycleStatus statusOn(LocalDate day, boolean continued) {
        return CycleStatus.of(validFrom, validUntil, revoked(), continued, day);
    }

    /** Closes an ended cycle: RENEWED when a later cycle continues it, otherwise LAPSED. */
    public void close(boolean continued, Instant at) {
        if (state != State.ACTIVE) {
            throw new IllegalStateException("cycle " + getId() + " is already " + state);
        }
        state = continued ? State.RENEWED : State.LAPSED;
        closedAt = at;
    }

    public void revoke(String by, String reason, Instant at) {
        if (state == State.REVOKED) {
            throw new IllegalStateException("the certificate is already revoked");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        state = State.REVOKED;
        revokedBy = by;
        revokeReason = reason.strip();
        closedAt = at;
    }

    public void reminded(int daysBefore) {
        lastReminderDays = daysBefore;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("employeeId", employeeId);
        m.put("certification", certificationCode);
        m.put("validFrom", validFrom.toString());
        m.put("validUntil", validUntil.toString());
        m.put("origin", origin.name());
        m.put("attemptId", attemptId);
        m.put("previousCycleId", previousCycleId);
        m.put("state", state.name());
        m.put("revokeReason", revokeReason);
        return m;
    }

    @Override
    public LocalDate validFrom() { return validFrom; }
    @Override
    public LocalDate validUntil() { return validUntil; }
    @Override
    public boolean revoked() { return state == State.REVOKED; }

    public long getEmployeeId() { return employeeId; }
    public String getCertificationCode() { return certificationCode; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public Origin getOrigin() { return origin; }
    public String getExamCode() { return examCode; }
    public Long getAttemptId() { return attemptId; }
    public Double getScorePercent() { return scorePercent; }
    public Long getPreviousCycleId() { return previousCycleId; }
    public String getCertificateCode() { return certificateCode; }
    public Instant getGrantedAt() { return grantedAt; }
    public State getState() { return state; }
    public Instant getClosedAt() { return closedAt; }
    public String getRevokedBy() { return revokedBy; }
    public String getRevokeReason() { return revokeReason; }
    public Integer getLastReminderDays() { return lastReminderDays; }
}
