package org.firstshift.exams.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One sitting of an exam by one employee. The draw, the deadline, the pass mark, the certification
 * and the review delay are fixed at start and kept here, so a later edit of the exam never changes
 * a running or finished attempt. The server's clock alone decides the deadline: answers are taken
 * until the deadline (plus {@link #GRACE} for an autosave already in flight), and an attempt past
 * it is scored with what was saved.
 */
@Entity
@Table(name = "exam_attempt")
@NamedQuery(name = "ExamAttempt.of", query = "SELECT a FROM ExamAttempt a WHERE a.employeeId = :employeeId "
        + "AND a.examCode = :exam ORDER BY a.number DESC")
@NamedQuery(name = "ExamAttempt.ofEmployee", query = "SELECT a FROM ExamAttempt a WHERE a.employeeId = :employeeId ORDER BY a.startedAt DESC")
@NamedQuery(name = "ExamAttempt.overdue", query = "SELECT a.id FROM ExamAttempt a WHERE a.status = :open AND a.deadline < :before")
@NamedQuery(name = "ExamAttempt.scoredOfExam", query = "SELECT a FROM ExamAttempt a WHERE a.examCode = :exam AND a.status <> :open")
@NamedQuery(name = "ExamAttempt.scoredOf", query = "SELECT a FROM ExamAttempt a WHERE a.employeeId IN :employees "
        + "AND a.status <> :open AND a.scoredAt <= :asOf ORDER BY a.scoredAt")
public class ExamAttempt extends Identified {
    /** An autosave sent just before the deadline may arrive a moment after it; it still counts. */
    public static final Duration GRACE = Duration.ofSeconds(2);

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "exam_code", nullable = false)
    private String examCode;

    @Column(name = "exam_revision", nullable = false)
    private int examRevision;

    @Column(nullable = false)
    private int number;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "drawn", nullable = false)
    private String drawn;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "certification_code")
    private String certificationCode;

    /** Minutes after scoring when the right answers become visible; null = never shown. */
    @Column(name = "review_delay_minutes")
    private Long reviewDelayMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptStatus status;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Column(name = "correct_count")
    private int correctCount;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "score_percent")
    private double scorePercent;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "section_scores")
    private String sectionScores;

    protected ExamAttempt() {
    }

    public ExamAttempt(long employeeId, Blueprint blueprint, int examRevision, int number, List<DrawnItem> drawn, Instant at) {
        this.employeeId = employeeId;
        this.examCode = blueprint.code();
        this.examRevision = examRevision;
        this.number = number;
        // Stored timestamps keep microseconds: the answer of the request that stores them must equal every later read.
        this.startedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.deadline = startedAt.plus(blueprint.timeLimit());
        this.drawn = DrawnItem.encode(drawn);
        this.questionCount = drawn.size();
        this.passMark = blueprint.passMark();
        this.certificationCode = blueprint.certificationCode();
        this.reviewDelayMinutes = blueprint.reviewDelay() == null ? null : blueprint.reviewDelay().toMinutes();
        this.status = AttemptStatus.OPEN;
    }

    /** Time left by the server's clock, never negative. */
    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean acceptsAnswers(Instant now) {
        return status == AttemptStatus.OPEN && !now.isAfter(deadline.plus(GRACE));
    }

    /** Open but past its deadline: must be scored with what was saved. */
    public boolean isOverdue(Instant now) {
        return status == AttemptStatus.OPEN && now.isAfter(deadline.plus(GRACE));
    }

    /** Records the score once; a second call changes nothing (submit is idempotent). Returns whether it scored now. */
    public boolean score(Scoring.Result result, Instant at, boolean byDeadline) {
        if (status.isScored()) {
            return false;
        }
        this.status = byDeadline ? AttemptStatus.CLOSED_BY_DEADLINE : AttemptStatus.SUBMITTED;
        // Closed by the deadline, the attempt counts as ended at its deadline, not when noticed.
        this.scoredAt = byDeadline && at.isAfter(deadline) ? deadline : at.truncatedTo(ChronoUnit.MICROS);
        this.correctCount = result.correct();
        this.scorePercent = result.percent();
        this.passed = result.passes(passMark);
        this.sectionScores = result.sectionsText();
        return true;
    }

    /** Whether the right answers may be shown to the learner now. */
    public boolean reviewOpen(Instant now) {
        return status.isScored() && reviewDelayMinutes != null && !now.isBefore(scoredAt.plus(Duration.ofMinutes(reviewDelayMinutes)));
    }

    public Instant reviewOpensAt() {
        return !status.isScored() || reviewDelayMinutes == null ? null : scoredAt.plus(Duration.ofMinutes(reviewDelayMinutes));
    }

    public List<DrawnItem> drawnItems() {
        return DrawnItem.decode(drawn);
    }

    public boolean isScored() {
        return status.isScored();
    }

    public long getEmployeeId() { return employeeId; }
    public String getExamCode() { return examCode; }
    public int getExamRevision() { return examRevision; }
    public int getNumber() { return number; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDeadline() { return deadline; }
    public int getPassMark() { return passMark; }
    public String getCertificationCode() { return certificationCode; }
    public AttemptStatus getStatus() { return status; }
    public Instant getScoredAt() { return scoredAt; }
    public int getCorrectCount() { return correctCount; }
    public int getQuestionCount() { return questionCount; }
    public double getScorePercent() { return scorePercent; }
    public boolean isPassed() { return passed; }
    public List<Scoring.SectionScore> sectionScores() { return Scoring.parseSections(sectionScores); }
}
