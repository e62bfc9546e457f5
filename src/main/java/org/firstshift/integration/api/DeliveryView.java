package org.firstshift.integration.api;

import org.firstshift.integration.domain.DeliveryAttempts;
import org.firstshift.integration.domain.WebhookDelivery;

import java.time.Instant;

/** A delivery with its status and attempts (the payload is what was, or will be, sent). */
public record DeliveryView(long id, long webhookId, String deliveryId, String eventType, String status, int attempts,
                           Integer lastStatus, String lastError, Instant createdAt, Instant nextAttemptAt,
                           Instant deliveredAt, String payload) {
    public static DeliveryView of(WebhookDelivery d) {
        DeliveryAttempts a = d.getDelivery();
        return new DeliveryView(d.getId(), d.getWebhookId(), d.getDeliveryUid(), d.getEventType(), a.getStatus().name(),
                a.getAttempts(), a.getLastStatus(), a.getLastError(), d.getCreatedAt(), a.getNextAttemptAt(),
                a.getDeliveredAt(), d.getPayload());
    }
}
