package org.firstshift.integration.api;

import org.firstshift.integration.domain.Webhook;

import java.time.Instant;
import java.util.Set;

/** A hook as lists show it; {@code secret} only in the answer that registered it. */
public record WebhookView(long id, String url, Set<String> eventTypes, String description, boolean active,
                          Instant createdAt, String createdBy, String secret) {
    public static WebhookView of(Webhook h, String secret) {
        return new WebhookView(h.getId(), h.getUrl(), h.eventTypes(), h.getDescription(), h.isActive(), h.getCreatedAt(),
                h.getCreatedBy(), secret);
    }
}
