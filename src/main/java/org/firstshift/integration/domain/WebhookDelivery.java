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
 * One event for one receiver: the outbox row. It is written before anything is sent, then
 * claimed by exactly one node with a conditional update ({@code WebhookDelivery.claim}), sent, and
 * its outcome recorded. The payload is frozen at write time, so a retry sends the same bytes.
 */
@Entity
@Table(name = "integration_webhook_delivery")
@NamedQuery(name = "WebhookDelivery.due", query = "SELECT d.id FROM WebhookDelivery d WHERE (d.status = :pending AND d.nextAttemptAt <= :now) OR (d.status = :sending AND d.claimedUntil < :now) ORDER BY d.nextAttemptAt, d.id")
@NamedQuery(name = "WebhookDelivery.claim", query = "UPDATE WebhookDelivery d SET d.status = :sending, d.claimedUntil = :until, d.attempts = d.attempts + 1 WHERE d.id = :id AND ((d.status = :pending AND d.nextAttemptAt <= :now) OR (d.status = :sending AND d.claimedUntil < :now))")
@NamedQuery(name = "WebhookDelivery.ofHook", query = "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :hook ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = "WebhookDelivery.recent", query = "SELECT d FROM WebhookDelivery d ORDER BY d.createdAt DESC, d.id DESC")
public class WebhookDelivery extends Identified {

    @Column(name = "webhook_id", nullable = false, updatable = false)
    private Long webhookId;

    @Column(name = "delivery_uid", nullable = false, length = 40, updatable = false)
    private String deliveryUid;

    @Column(name = "event_type", nullable = false, length = 120, updatable = false)
    private String eventType;

    @Column(nullable = false, length = 16000, updatable = false)
    private String payload;

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

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long webhookId, String deliveryUid, String eventType, String payload, Instant now) {
        this.webhookId = webhookId;
        this.deliveryUid = deliveryUid;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

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

    /** By hand: send again now, whatever happened before (attempts keep counting). */
    public void redeliver(Instant now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        claimedUntil = null;
    }

    public Long getWebhookId() { return webhookId; }
    public String getDeliveryUid() { return deliveryUid; }
    public String getEventType() { return eventType; }
    public String getPayload() { return payload; }
    public DeliveryStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Integer getLastStatus() { return lastStatus; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
