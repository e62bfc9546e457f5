package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;

/**
 * A score to send to a platform's line item (LTI Assignment and Grade Services): an outbox row,
 * written whenever the learner's result for the launched activity changes and sent afterwards by
 * whichever node claims it, retried with the webhooks' back-off. The score, its progress values
 * and its timestamp are frozen when written, so a retry sends the same values and the platform
 * keeps the one with the latest timestamp. One row per link and timestamp ({@code LtiScore.at}).
 */
@Entity
@Table(name = "integration_lti_score")
@NamedQuery(name = "LtiScore.recent", query = "SELECT s FROM LtiScore s ORDER BY s.createdAt DESC, s.id DESC")
@NamedQuery(name = "LtiScore.at", query = "SELECT COUNT(s) FROM LtiScore s WHERE s.linkId = :link AND s.scoredAt = :at")
@NamedQuery(name = "LtiScore.ofLink", query = "SELECT s FROM LtiScore s WHERE s.linkId = :link ORDER BY s.createdAt, s.id")
public class LtiScore extends Identified implements Deliverable {
    /** AGS activityProgress and gradingProgress values FirstShift sends. */
    public static final String COMPLETED = "Completed";
    public static final String IN_PROGRESS = "InProgress";
    public static final String FULLY_GRADED = "FullyGraded";
    public static final String PENDING = "Pending";

    @Column(name = "link_id", nullable = false, updatable = false)
    private Long linkId;

    @Column(name = "score_given", nullable = false, updatable = false)
    private double scoreGiven;

    @Column(name = "score_maximum", nullable = false, updatable = false)
    private double scoreMaximum;

    @Column(name = "scored_at", nullable = false, updatable = false)
    private Instant scoredAt;

    @Column(name = "activity_progress", nullable = false, length = 20, updatable = false)
    private String activityProgress;

    @Column(name = "grading_progress", nullable = false, length = 20, updatable = false)
    private String gradingProgress;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Embedded
    @AttributeOverride(name = "deliveredAt", column = @Column(name = "sent_at"))
    private DeliveryAttempts delivery;

    protected LtiScore() {
    }

    /**
     * The learner's result as it stands: {@code done} when the activity is completed (the score is
     * final: Completed / FullyGraded), otherwise an attempt that has not passed yet (InProgress /
     * Pending: the score may still rise).
     */
    public LtiScore(long linkId, double scoreGiven, double scoreMaximum, boolean done, Instant scoredAt, Instant now) {
        if (scoreMaximum <= 0 || scoreGiven < 0 || scoreGiven > scoreMaximum) {
            throw new IllegalArgumentException("a score needs 0 <= given <= maximum and maximum > 0");
        }
        this.linkId = linkId;
        this.scoreGiven = scoreGiven;
        this.scoreMaximum = scoreMaximum;
        this.activityProgress = done ? COMPLETED : IN_PROGRESS;
        this.gradingProgress = done ? FULLY_GRADED : PENDING;
        this.scoredAt = scoredAt;
        this.createdAt = now;
        this.delivery = DeliveryAttempts.dueAt(now);
    }

    public Long getLinkId() { return linkId; }
    public double getScoreGiven() { return scoreGiven; }
    public double getScoreMaximum() { return scoreMaximum; }
    public Instant getScoredAt() { return scoredAt; }
    public String getActivityProgress() { return activityProgress; }
    public String getGradingProgress() { return gradingProgress; }
    public Instant getCreatedAt() { return createdAt; }
    @Override
    public DeliveryAttempts getDelivery() { return delivery; }
}
