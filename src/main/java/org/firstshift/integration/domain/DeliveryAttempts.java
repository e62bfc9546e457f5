package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Duration;
import java.time.Instant;

/**
 * How far an outbox row (a webhook delivery, an LTI score) has got: its status, how many attempts
 * were made, when the next one is due, who holds it ({@code claimedUntil}, the lease of the node
 * sending it) and what the receiver last answered. The same columns in every outbox table, so one
 * {@link org.firstshift.integration.application.Outbox} finds, claims and records them all; each
 * row keeps only what it sends.
 */
@Embeddable
public class DeliveryAttempts {
    static final int ERROR_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected DeliveryAttempts() {
    }

    /** A new row, due at once. */
    public static DeliveryAttempts dueAt(Instant now) {
        DeliveryAttempts a = new DeliveryAttempts();
        a.nextAttemptAt = now;
        return a;
    }

    /** The receiver took it (a 2xx answer). */
    public void delivered(int httpStatus, Instant now) {
        status = DeliveryStatus.DELIVERED;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = now;
        claimedUntil = null;
    }

    /** A failed attempt: retried after the back-off, or given up when none is left. */
    public void failed(Integer httpStatus, String error, Backoff backoff, Instant now) {
        lastStatus = httpStatus;
        lastError = error == null ? null : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        claimedUntil = null;
        Duration wait = backoff.after(attempts);
        if (wait == null) {
            status = DeliveryStatus.FAILED;
        } else {
            status = DeliveryStatus.PENDING;
            nextAttemptAt = now.plus(wait);
        }
    }

    /** By hand: send again now, whatever happened before (attempts keep counting). */
    public void retryNow(Instant now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        claimedUntil = null;
    }

    public DeliveryStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getClaimedUntil() { return claimedUntil; }
    public Integer getLastStatus() { return lastStatus; }
    public String getLastError() { return lastError; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
