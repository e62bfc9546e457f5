package org.firstshift.audits.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;
import org.firstshift.platform.persistence.InstantConverter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mystery-shopper visit: who was served, where, when, and the answer to every checklist line.
 * While a DRAFT, the auditor's phone saves it again and again (same client id, so a re-sent save
 * never duplicates it); once SUBMITTED its answers and score never change. A correction is a new
 * visit with {@code revision + 1} that points at the previous one and says why; the previous one
 * only learns when it was superseded.
 */
@Entity
@Table(name = "audit_visit")
@NamedQueries({
        @NamedQuery(name = "AuditVisit.byClientId", query = "SELECT v FROM AuditVisit v WHERE v.clientId = :clientId"),
        @NamedQuery(name = "AuditVisit.currentOfEmployee",
                query = "SELECT v FROM AuditVisit v WHERE v.employeeId = :employeeId AND v.status = :status"
                        + " AND v.supersededAt IS NULL ORDER BY v.visitDate DESC, v.id DESC"),
        @NamedQuery(name = "AuditVisit.currentOfEmployees",
                query = "SELECT v FROM AuditVisit v WHERE v.employeeId IN :employeeIds AND v.status = :status"
                        + " AND v.submittedAt <= :asOf AND (v.supersededAt IS NULL OR v.supersededAt > :asOf)"
                        + " ORDER BY v.employeeId, v.visitDate, v.id"),
        @NamedQuery(name = "AuditVisit.currentSince",
                query = "SELECT v FROM AuditVisit v WHERE v.status = :status AND v.supersededAt IS NULL"
                        + " AND v.visitDate >= :from ORDER BY v.visitDate"),
        @NamedQuery(name = "AuditVisit.correctionOf", query = "SELECT v FROM AuditVisit v WHERE v.previousId = :previousId"),
        @NamedQuery(name = "AuditVisit.draftsBy",
                query = "SELECT v FROM AuditVisit v WHERE v.recordedBy = :username AND v.status = :status ORDER BY v.savedAt DESC"),
        @NamedQuery(name = "AuditVisit.submittedBy",
                query = "SELECT v FROM AuditVisit v WHERE v.recordedBy = :username AND v.status = :status ORDER BY v.submittedAt DESC"),
        @NamedQuery(name = "AuditVisit.byAgencyRef",
                query = "SELECT v FROM AuditVisit v WHERE v.agencyCode = :agency AND v.agencyRef = :ref")
})
public class AuditVisit extends Identified {

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id")
    private AuditChecklist checklist;

    @Column(name = "store_code", nullable = false)
    private String storeCode;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "visit_time")
    private LocalTime visitTime;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status;

    @Column(name = "agency_code", updatable = false)
    private String agencyCode;

    @Column(name = "agency_ref", updatable = false)
    private String agencyRef;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(nullable = false, updatable = false)
    private boolean verified;

    @Column(name = "score_percent")
    private Double scorePercent;

    @Column(name = "critical_failed", nullable = false)
    private boolean criticalFailed;

    @Convert(converter = CodeListConverter.class)
    @Column(name = "failed_rules")
    private List<String> failedRules = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    @Column(name = "correction_reason", updatable = false)
    private String correctionReason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "mentor_notified")
    private Long mentorNotified;

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<AuditAnswer> answers = new ArrayList<>();

    protected AuditVisit() {
    }

    /** What a visit is about; the same for a draft, a submission, an import row. */
    public record Header(AuditChecklist checklist, String storeCode, LocalDate visitDate, LocalTime visitTime,
                         long employeeId, Channel channel) {
    }

    public AuditVisit(String clientId, Header header, String recordedBy, boolean verified, Instant at) {
        this.clientId = clientId;
        this.recordedBy = recordedBy;
        this.verified = verified;
        this.revision = 1;
        this.status = VisitStatus.DRAFT;
        this.savedAt = at;
        describe(header);
    }

    /** A visit delivered by an agency: submitted as it arrives. */
    public static AuditVisit imported(String clientId, Header header, String agencyCode, String agencyRef,
                                      String importedBy, boolean verified, Instant at) {
        AuditVisit v = new AuditVisit(clientId, header, importedBy, verified, at);
        v.agencyCode = agencyCode;
        v.agencyRef = agencyRef;
        return v;
    }

    /** A correction of a submitted visit: a new visit, revision + 1, with the reason. */
    public static AuditVisit correctionOf(AuditVisit previous, String clientId, Header header, String reason,
                                          String recordedBy, boolean verified, Instant at) {
        if (!previous.isSubmitted() || previous.supersededAt != null) {
            throw new IllegalStateException("only the current submitted version of a visit can be corrected");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction needs a reason");
        }
        AuditVisit v = new AuditVisit(clientId, header, recordedBy, verified, at);
        v.agencyCode = previous.agencyCode;
        v.agencyRef = previous.agencyRef;
        v.revision = previous.revision + 1;
        v.previousId = previous.getId();
        v.correctionReason = reason.strip();
        return v;
    }

    public final void describe(Header h) {
        requireDraft();
        this.checklist = h.checklist();
        this.storeCode = h.storeCode();
        this.visitDate = h.visitDate();
        this.visitTime = h.visitTime();
        this.employeeId = h.employeeId();
        this.channel = h.channel();
    }

    /**
     * Replaces the answers (a draft is saved whole each time). {@code points} maps line codes to
     * points, with null for "not applicable"; lines absent from the map are unanswered (allowed in
     * a draft only).
     */
    public void answer(Map<String, Integer> points, Map<String, String> comments, Instant at) {
        requireDraft();
        for (String code : points.keySet()) {
            checklist.line(code).orElseThrow(() -> new IllegalArgumentException("line '" + code + "' is not on checklist "
                    + checklist.getCode() + " v" + checklist.getVersionNo())).check(points.get(code));
        }
        for (String code : comments.keySet()) {
            if (checklist.line(code).isEmpty()) {
                throw new IllegalArgumentException("line '" + code + "' is not on checklist " + checklist.getCode());
            }
        }
        answers.removeIf(a -> !points.containsKey(a.getLineCode()));
        for (ChecklistLine line : checklist.getLines()) {
            if (!points.containsKey(line.getCode())) {
                continue;
            }
            String comment = comments.get(line.getCode());
            Optional<AuditAnswer> existing = answers.stream().filter(a -> a.getLineCode().equals(line.getCode())).findFirst();
            if (existing.isPresent()) {
                existing.get().change(line, points.get(line.getCode()), comment);
            } else {
                answers.add(new AuditAnswer(this, line, points.get(line.getCode()), comment));
            }
        }
        answers.sort(java.util.Comparator.comparingInt(AuditAnswer::getOrdinal));
        savedAt = at;
    }

    /** Scores and freezes the visit; every line must be answered (points or "not applicable"). */
    public Scoring.Result submit(Instant at) {
        requireDraft();
        List<String> missing = checklist.getLines().stream().map(ChecklistLine::getCode)
                .filter(c -> answers.stream().noneMatch(a -> a.getLineCode().equals(c))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("unanswered line(s): " + String.join(", ", missing));
        }
        Scoring.Result result = Scoring.score(answers.stream().map(AuditAnswer::scoringLine).toList());
        if (result.percent() == null) {
            throw new IllegalArgumentException("every line is 'not applicable': there is nothing to score");
        }
        scorePercent = result.percent();
        criticalFailed = result.criticalFailed();
        failedRules = new ArrayList<>(result.failedRules());
        status = VisitStatus.SUBMITTED;
        submittedAt = at;
        savedAt = at;
        return result;
    }

    public void supersede(Instant at) {
        if (supersededAt == null) {
            supersededAt = at;
        }
    }

    public void mentorNotified(long mentorId) {
        this.mentorNotified = mentorId;
    }

    private void requireDraft() {
        if (status == VisitStatus.SUBMITTED) {
            throw new IllegalStateException("visit " + clientId + " is submitted and cannot change; correct it with a new version");
        }
    }

    public boolean isSubmitted() {
        return status == VisitStatus.SUBMITTED;
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public List<AuditAnswer> failedAnswers() {
        return answers.stream().filter(AuditAnswer::failed).toList();
    }

    public String getClientId() { return clientId; }
    public AuditChecklist getChecklist() { return checklist; }
    public String getStoreCode() { return storeCode; }
    public LocalDate getVisitDate() { return visitDate; }
    public LocalTime getVisitTime() { return visitTime; }
    public long getEmployeeId() { return employeeId; }
    public Channel getChannel() { return channel; }
    public VisitStatus getStatus() { return status; }
    public String getAgencyCode() { return agencyCode; }
    public String getAgencyRef() { return agencyRef; }
    public String getRecordedBy() { return recordedBy; }
    public boolean isVerified() { return verified; }
    public Double getScorePercent() { return scorePercent; }
    public boolean isCriticalFailed() { return criticalFailed; }
    public List<String> getFailedRules() { return List.copyOf(failedRules); }
    public int getRevision() { return revision; }
    public Long getPreviousId() { return previousId; }
    public String getCorrectionReason() { return correctionReason; }
    public Instant getSavedAt() { return savedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getSupersededAt() { return supersededAt; }
    public Long getMentorNotified() { return mentorNotified; }
    public List<AuditAnswer> getAnswers() { return List.copyOf(answers); }
}
