package org.firstshift.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.integration.domain.Backoff;
import org.firstshift.integration.domain.Deliverable;
import org.firstshift.integration.domain.DeliveryStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The short transactions every outbox (webhook deliveries, LTI scores) needs: find due rows, claim
 * one with a conditional update that only one node can win (so a row is sent once per cluster),
 * record the outcome. A node that dies while sending leaves a claim that expires after
 * {@link #LEASE}; another node then takes the row over. Works on any {@link Deliverable} entity.
 */
@ApplicationScoped
public class Outbox {
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final String DUE = "(e.delivery.status = :pending AND e.delivery.nextAttemptAt <= :now)"
            + " OR (e.delivery.status = :sending AND e.delivery.claimedUntil < :now)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public List<Long> due(Class<? extends Deliverable> type, int max) {
        return em.createQuery("SELECT e.id FROM " + entity(type) + " e WHERE " + DUE
                        + " ORDER BY e.delivery.nextAttemptAt, e.id", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("sending", DeliveryStatus.SENDING)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /**
     * Claims the row if it is still due, counting the attempt; {@code read} then takes what the
     * sender needs, in the same transaction. Empty when another node (or run) was faster.
     */
    @Transactional
    public <T extends Deliverable, C> Optional<C> claim(Class<T> type, long id, Function<T, C> read) {
        Instant now = clock.instant();
        int won = em.createQuery("UPDATE " + entity(type) + " e SET e.delivery.status = :sending,"
                        + " e.delivery.claimedUntil = :until, e.delivery.attempts = e.delivery.attempts + 1"
                        + " WHERE e.id = :id AND (" + DUE + ")")
                .setParameter("sending", DeliveryStatus.SENDING).setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("until", now.plus(LEASE)).setParameter("now", now).setParameter("id", id).executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        return Optional.of(read.apply(fresh(type, id)));
    }

    @Transactional
    public void delivered(Class<? extends Deliverable> type, long id, int httpStatus) {
        fresh(type, id).getDelivery().delivered(httpStatus, clock.instant());
    }

    @Transactional
    public void failed(Class<? extends Deliverable> type, long id, Integer httpStatus, String error, Backoff backoff) {
        fresh(type, id).getDelivery().failed(httpStatus, error, backoff, clock.instant());
    }

    /** The row as the database has it now (the claim's bulk update bypassed the persistence context). */
    private <T extends Deliverable> T fresh(Class<T> type, long id) {
        T row = em.find(type, id);
        em.refresh(row);
        return row;
    }

    private String entity(Class<? extends Deliverable> type) {
        return em.getMetamodel().entity(type).getName();
    }
}
