package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;

/**
 * One event for one receiver: the outbox row. It is written before anything is sent, then claimed
 * by exactly one node with a conditional update ({@link org.firstshift.integration.application.Outbox}),
 * sent, and its outcome recorded in its {@link DeliveryAttempts}. The payload is frozen at write
 * time, so a retry sends the same bytes.
 */
@Entity
@Table(name = "integration_webhook_delivery")
@NamedQuery(name = "WebhookDelivery.ofHook", query = "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :hook ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = "WebhookDelivery.recent", query = "SELECT d FROM WebhookDelivery d ORDER BY d.createdAt DESC, d.id DESC")
public class WebhookDelivery extends Identified implements Deliverable {

    @Column(name = "webhook_id", nullable = false, updatable = false)
    private Long webhookId;

    @Column(name = "delivery_uid", nullable = false, length = 40, updatable = false)
    private String deliveryUid;

    @Column(name = "event_type", nullable = false, length = 120, updatable = false)
    private String eventType;

    @Column(nullable = false, length = 16000, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Embedded
    private DeliveryAttempts delivery;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long webhookId, String deliveryUid, String eventType, String payload, Instant now) {
        this.webhookId = webhookId;
        this.deliveryUid = deliveryUid;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = now;
        this.delivery = DeliveryAttempts.dueAt(now);
    }

    public Long getWebhookId() { return webhookId; }
    public String getDeliveryUid() { return deliveryUid; }
    public String getEventType() { return eventType; }
    public String getPayload() { return payload; }
    public Instant getCreatedAt() { return createdAt; }
    @Override
    public DeliveryAttempts getDelivery() { return delivery; }
}
