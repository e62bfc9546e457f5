package org.firstshift.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a trainee wrote in their own words at a free-text node, waiting for their mentor, who rates
 * each listed rule as kept or missed. Reviewed once; the review is final.
 */
@Entity
@Table(name = "roleplay_free_text")
@NamedQuery(name = "FreeTextAnswer.pendingOf", query = "SELECT f FROM FreeTextAnswer f WHERE f.employeeId IN :trainees "
        + "AND f.reviewedAt IS NULL ORDER BY f.answeredAt")
@NamedQuery(name = "FreeTextAnswer.ofEmployee", query = "SELECT f FROM FreeTextAnswer f WHERE f.employeeId = :employeeId ORDER BY f.answeredAt DESC")
public class FreeTextAnswer extends Identified {

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "scenario_code", nullable = false)
    private String scenarioCode;

    @Column(name = "node_code", nullable = false)
    private String nodeCode;

    @Column(name = "answer_text", nullable = false)
    private String text;

    @Convert(converter = CodeListConverter.class)
    @Column(name = "rule_codes", nullable = false)
    private List<String> rules;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Convert(converter = CodeListConverter.class)
    private List<String> kept = new ArrayList<>();

    @Convert(converter = CodeListConverter.class)
    private List<String> missed = new ArrayList<>();

    @Column(name = "review_comment")
    private String comment;

    protected FreeTextAnswer() {
    }

    public FreeTextAnswer(long attemptId, long employeeId, String scenarioCode, Node node, String text, Instant at) {
        this.attemptId = attemptId;
        this.employeeId = employeeId;
        this.scenarioCode = scenarioCode;
        this.nodeCode = node.id();
        this.text = text.strip();
        this.rules = node.reviewRules();
        this.answeredAt = at;
    }

    /** The mentor marks every listed rule as kept or missed; rules not listed cannot be rated. */
    public void review(long mentorId, Set<String> keptRules, String reviewComment, Instant at) {
        if (reviewedAt != null) {
            throw new IllegalStateException("this answer was already reviewed");
        }
        if (!rules.containsAll(keptRules)) {
            throw new IllegalArgumentException("only the listed rules " + rules + " can be rated");
        }
        this.reviewerId = mentorId;
        this.reviewedAt = Objects.requireNonNull(at);
        this.kept = rules.stream().filter(keptRules::contains).toList();
        this.missed = rules.stream().filter(r -> !keptRules.contains(r)).toList();
        this.comment = reviewComment == null || reviewComment.isBlank() ? null : reviewComment.strip();
    }

    public boolean isReviewed() { return reviewedAt != null; }
    /** An erasure blanks what the person wrote; the review (rules kept and missed) stays for the statistics. */
    public void eraseText() {
        text = "(erased)";
    }

    public long getAttemptId() { return attemptId; }
    public long getEmployeeId() { return employeeId; }
    public String getScenarioCode() { return scenarioCode; }
    public String getNodeCode() { return nodeCode; }
    public String getText() { return text; }
    public List<String> getRules() { return rules; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Long getReviewerId() { return reviewerId; }
    public Instant getReviewedAt() { return reviewedAt; }
    public List<String> getKept() { return kept; }
    public List<String> getMissed() { return missed; }
    public String getComment() { return comment; }
}
