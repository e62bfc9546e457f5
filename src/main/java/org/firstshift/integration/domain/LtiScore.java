package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Duration;
import java.time.Instant;

/**
 * A score to send to a platform's line item (LTI Assignment and Grade Services): an outbox row,
 * written when the result is saved and sent afterwards by whichever node claims it, retried with
 * the webhooks' back-off. The score is frozen when written, so a retry sends the same values.
 */
@Entity
@Table(name = "integration_lti_score")
@NamedQuery(name = "LtiScore.due", query = "SELECT s.id FROM LtiScore s WHERE (s.status = :pending AND s.nextAttemptAt <= :now) OR (s.status = :sending AND s.claimedUntil < :now) ORDER BY s.nextAttemptAt, s.id")
@NamedQuery(name = "LtiScore.claim", query = "UPDATE LtiScore s SET s.status = :sending, s.claimedUntil = :until, s.attempts = s.attempts + 1 WHERE s.id = :id AND ((s.status = :pending AND s.nextAttemptAt <= :now) OR (s.status = :sending AND s.claimedUntil < :now))")
@NamedQuery(name = "LtiScore.recent", query = "SELECT s FROM LtiScore s ORDER BY s.createdAt DESC, s.id DESC")
@NamedQuery(name = "LtiScore.ofLink", query = "SELECT s FROM LtiScore s WHERE s.linkId = :link ORDER BY s.createdAt, s.id")
public class LtiScore extends Identified {

    @Column(name = "link_id", nullable = false, updatable = false)
    private Long linkId;

    @Column(name = "score_given", nullable = false, updatable = false)
    private double scoreGiven;

    @Column(name = "score_maximum", nullable = false, updatable = false)
    private double scoreMaximum;

    @Column(name = "scored_at", nullable = false, updatable = false)
    private Instant scoredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected LtiScore() {
    }

    public LtiScore(long linkId, double scoreGiven, double scoreMaximum, Instant scoredAt, Instant now) {
        if (scoreMaximum <= 0 || scoreGiven < 0 || scoreGiven > scoreMaximum) {
            throw new IllegalArgumentException("a score needs 0 <= given <= maximum and maximum > 0");
        }
        this.linkId = linkId;
        this.scoreGiven = scoreGiven;
        this.scoreMaximum = scoreMaximum;
        this.scoredAt = scoredAt;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(int httpStatus, Instant now) {
        status = DeliveryStatus.DELIVERED;
        lastStatus = httpStatus;
        lastError = null;
        sentAt = now;
        claimedUntil = null;
    }

    /** A failed attempt: retried after the back-off, or given up when none is left. */
    public void failed(Integer httpStatus, String error, Backoff backoff, Instant now) {
        lastStatus = httpStatus;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        claimedUntil = null;
        Duration wait = backoff.after(attempts);
        if (wait == null) {
            status = DeliveryStatus.FAILED;
        } else {
            status = DeliveryStatus.PENDING;
            nextAttemptAt = now.plus(wait);
        }
    }

    public Long getLinkId() { return linkId; }
    public double getScoreGiven() { return scoreGiven; }
    public double getScoreMaximum() { return scoreMaximum; }
    public Instant getScoredAt() { return scoredAt; }
    public DeliveryStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Integer getLastStatus() { return lastStatus; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
}
