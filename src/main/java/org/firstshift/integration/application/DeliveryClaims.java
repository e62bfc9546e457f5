package org.firstshift.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.integration.domain.Webhook;
import org.firstshift.integration.domain.WebhookDelivery;

import java.util.Optional;

/**
 * What is particular to claiming a webhook delivery: the sender also needs the hook's address and
 * secret, read in the claiming transaction of the shared {@link Outbox}.
 */
@ApplicationScoped
public class DeliveryClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /** What a sender needs. */
    public record Claimed(long id, String uid, String eventType, String payload, String url, String secret, int attempt)
            implements OutboxPoller.Claim {
    }

    public Optional<Claimed> claim(long id) {
        return outbox.claim(WebhookDelivery.class, id, d -> {
            Webhook hook = em.find(Webhook.class, d.getWebhookId());
            return new Claimed(d.getId(), d.getDeliveryUid(), d.getEventType(), d.getPayload(), hook.getUrl(),
                    hook.secret(), d.getDelivery().getAttempts());
        });
    }
}
