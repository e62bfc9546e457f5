package org.firstshift.integration.api;

import org.firstshift.integration.domain.WebhookDelivery;

import java.time.Instant;

/** A delivery with its status and attempts (the payload is what was, or will be, sent). */
public record DeliveryView(long id, long webhookId, String deliveryId, String eventType, String status, int attempts,
                           Integer lastStatus, String lastError, Instant createdAt, Instant nextAttemptAt,
                           Instant deliveredAt, String payload) {
    public static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.getId(), d.getWebhookId(), d.getDeliveryUid(), d.getEventType(), d.getStatus().name(),
                d.getAttempts(), d.getLastStatus(), d.getLastError(), d.getCreatedAt(), d.getNextAttemptAt(),
                d.getDeliveredAt(), d.getPayload());
    }
}
