package org.firstshift.integration.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.integration.domain.Backoff;
import org.firstshift.integration.domain.DeliveryStatus;
import org.firstshift.integration.domain.LtiLink;
import org.firstshift.integration.domain.LtiPlatform;
import org.firstshift.integration.domain.LtiScore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The short transactions of grade pass-back: queue a score for every graded launch of a completed
 * activity, find due rows, claim one (a conditional update only one node can win), record the
 * outcome. Same shape as the webhooks' outbox.
 */
@ApplicationScoped
public class ScoreOutbox {
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What the sender needs, read in the claiming transaction. */
    public record Claimed(long id, String lineitemUrl, String ltiUser, double scoreGiven, double scoreMaximum,
                          Instant scoredAt, String clientId, String tokenUrl, boolean platformActive) {
    }

    /** Queues the score for every launch of this activity by this employee that has a line item; how many. */
    @Transactional
    public int queue(long employeeId, String typeKey, String ref, double scorePercent, Instant at) {
        List<LtiLink> links = em.createNamedQuery("LtiLink.graded", LtiLink.class).setParameter("employee", employeeId)
                .setParameter("type", typeKey).setParameter("ref", ref).getResultList();
        double score = Math.max(0, Math.min(100, scorePercent));
        for (LtiLink link : links) {
            em.persist(new LtiScore(link.getId(), score, 100, at, clock.instant()));
        }
        return links.size();
    }

    /** The latest scores with their status, newest first (for admins). */
    @Transactional
    public List<LtiScore> recent(int max) {
        return em.createNamedQuery("LtiScore.recent", LtiScore.class).setMaxResults(max).getResultList();
    }

    @Transactional
    public List<Long> due(int max) {
        return em.createNamedQuery("LtiScore.due", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("sending", DeliveryStatus.SENDING)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    @Transactional
    public Optional<Claimed> claim(long id) {
        Instant now = clock.instant();
        int won = em.createNamedQuery("LtiScore.claim")
                .setParameter("sending", DeliveryStatus.SENDING).setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("until", now.plus(LEASE)).setParameter("now", now).setParameter("id", id).executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        LtiScore s = em.find(LtiScore.class, id);
        em.refresh(s);
        LtiLink link = em.find(LtiLink.class, s.getLinkId());
        LtiPlatform platform = em.find(LtiPlatform.class, link.getPlatformId());
        return Optional.of(new Claimed(id, link.getLineitemUrl(), link.getLtiUser(), s.getScoreGiven(), s.getScoreMaximum(),
                s.getScoredAt(), platform.getClientId(), platform.getAuthTokenUrl(), platform.isActive()));
    }

    @Transactional
    public void sent(long id, int httpStatus) {
        LtiScore s = em.find(LtiScore.class, id);
        em.refresh(s);
        s.sent(httpStatus, clock.instant());
    }

    @Transactional
    public void failed(long id, Integer httpStatus, String error, Backoff backoff) {
        LtiScore s = em.find(LtiScore.class, id);
        em.refresh(s);
        s.failed(httpStatus, error, backoff, clock.instant());
    }
}
