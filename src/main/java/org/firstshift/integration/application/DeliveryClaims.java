package org.firstshift.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.integration.domain.Backoff;
import org.firstshift.integration.domain.DeliveryStatus;
import org.firstshift.integration.domain.Webhook;
import org.firstshift.integration.domain.WebhookDelivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's short transactions: find due rows, claim one (a conditional update that only one
 * node can win, so a delivery is sent once per cluster), record the outcome. A node that dies while
 * sending leaves a claim that expires after {@link #LEASE}; another node then takes the row over.
 */
@ApplicationScoped
public class DeliveryClaims {
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What a sender needs, read in the claiming transaction. */
    public record Claimed(long id, String uid, String eventType, String payload, String url, String secret, int attempt) {
    }

    @Transactional
    public List<Long> due(int max) {
        return em.createNamedQuery("WebhookDelivery.due", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("sending", DeliveryStatus.SENDING)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    @Transactional
    public Optional<Claimed> claim(long id) {
        Instant now = clock.instant();
        int won = em.createNamedQuery("WebhookDelivery.claim")
                .setParameter("sending", DeliveryStatus.SENDING).setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("until", now.plus(LEASE)).setParameter("now", now).setParameter("id", id).executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        em.refresh(d);
        Webhook hook = em.find(Webhook.class, d.getWebhookId());
        return Optional.of(new Claimed(id, d.getDeliveryUid(), d.getEventType(), d.getPayload(), hook.getUrl(),
                hook.secret(), d.getAttempts()));
    }

    @Transactional
    public void delivered(long id, int httpStatus) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        em.refresh(d);
        d.delivered(httpStatus, clock.instant());
    }

    @Transactional
    public void failed(long id, Integer httpStatus, String error, Backoff backoff) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        em.refresh(d);
        d.failed(httpStatus, error, backoff, clock.instant());
    }
}
