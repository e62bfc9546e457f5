package org.firstshift.integration.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.integration.application.Outbox;
import org.firstshift.integration.application.OutboxPoller;
import org.firstshift.integration.domain.LtiLink;
import org.firstshift.integration.domain.LtiPlatform;
import org.firstshift.integration.domain.LtiScore;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What is particular to the scores' outbox: a changed result becomes a score row for every graded
 * launch of the activity (once per link and timestamp), and a claimed row is read with its link and
 * platform. Finding, claiming and recording outcomes is the shared {@link Outbox}'s.
 */
@ApplicationScoped
public class ScoreOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** What the sender needs, read in the claiming transaction. */
    public record Claimed(long id, String lineitemUrl, String ltiUser, double scoreGiven, double scoreMaximum,
                          String activityProgress, String gradingProgress, Instant scoredAt, String clientId,
                          String tokenUrl, boolean platformActive) implements OutboxPoller.Claim {
    }

    /**
     * Queues the learner's result for every launch of this activity by this employee that has a
     * line item; how many rows were written. A result already queued for a link with the same
     * timestamp is not queued again (the event may come twice), so the platform sees each change once.
     */
    @Transactional
    public int queue(long employeeId, String typeKey, String ref, double scorePercent, boolean done, Instant at) {
        List<LtiLink> links = em.createNamedQuery("LtiLink.graded", LtiLink.class).setParameter("employee", employeeId)
                .setParameter("type", typeKey).setParameter("ref", ref).getResultList();
        double score = Math.max(0, Math.min(100, scorePercent));
        // Both databases keep microseconds at most; milliseconds are what AGS timestamps carry.
        Instant scoredAt = at.truncatedTo(ChronoUnit.MILLIS);
        int queued = 0;
        for (LtiLink link : links) {
            long known = em.createNamedQuery("LtiScore.at", Long.class).setParameter("link", link.getId())
                    .setParameter("at", scoredAt).getSingleResult();
            if (known == 0) {
                em.persist(new LtiScore(link.getId(), score, 100, done, scoredAt, clock.instant()));
                queued++;
            }
        }
        return queued;
    }

    /** The latest scores with their status, newest first (for admins). */
    @Transactional
    public List<LtiScore> recent(int max) {
        return em.createNamedQuery("LtiScore.recent", LtiScore.class).setMaxResults(max).getResultList();
    }

    public Optional<Claimed> claim(long id) {
        return outbox.claim(LtiScore.class, id, s -> {
            LtiLink link = em.find(LtiLink.class, s.getLinkId());
            LtiPlatform platform = em.find(LtiPlatform.class, link.getPlatformId());
            return new Claimed(s.getId(), link.getLineitemUrl(), link.getLtiUser(), s.getScoreGiven(), s.getScoreMaximum(),
                    s.getActivityProgress(), s.getGradingProgress(), s.getScoredAt(), platform.getClientId(),
                    platform.getAuthTokenUrl(), platform.isActive());
        });
    }
}
