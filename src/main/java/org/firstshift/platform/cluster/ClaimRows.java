package org.firstshift.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;

/**
 * The claim rows, each written in a transaction of its own: a refused insert (another node was
 * first) rolls back only itself, never the caller's work.
 */
@ApplicationScoped
class ClaimRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    java.time.Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void insert(String key, String node) {
        em.createNativeQuery("INSERT INTO platform_cluster_claim (claim_key, claimed_at, claimed_by) VALUES (?1, ?2, ?3)")
                .setParameter(1, key).setParameter(2, Timestamp.from(clock.instant())).setParameter(3, node)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean exists(String key) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM platform_cluster_claim WHERE claim_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue() > 0;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void delete(String key) {
        em.createNativeQuery("DELETE FROM platform_cluster_claim WHERE claim_key = ?1").setParameter(1, key).executeUpdate();
    }
}
