package org.firstshift.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records every change to people, grades and results in the same transaction as the change
 * itself ({@code MANDATORY}), so a change without its audit entry cannot be committed.
 */
@ApplicationScoped
public class AuditTrail {
    public static final String SYSTEM = "system";
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, AuditAction action, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        em.persist(new AuditEntry(clock.instant(), actor(), entityType, String.valueOf(entityId), action.name(),
                summary, before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
    }

    private String actor() {
        try {
            return security.getCallerPrincipal() == null ? SYSTEM : security.getCallerPrincipal().getName();
        } catch (RuntimeException outsideRequest) {
            return SYSTEM;
        }
    }

    /** Entries matching the filter, newest first. */
    public List<AuditEntry> find(AuditFilter filter, int first, int max) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1=1");
        List<Object[]> params = new ArrayList<>();
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            jpql.append(" AND e.entityType = :type");
            params.add(new Object[]{"type", filter.entityType()});
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            jpql.append(" AND e.actor = :actor");
            params.add(new Object[]{"actor", filter.actor().strip()});
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            jpql.append(" AND e.entityId = :entityId");
            params.add(new Object[]{"entityId", filter.entityId().strip()});
        }
        if (filter.from() != null) {
            jpql.append(" AND e.recordedAt >= :from");
            params.add(new Object[]{"from", filter.from()});
        }
        if (filter.to() != null) {
            jpql.append(" AND e.recordedAt < :to");
            params.add(new Object[]{"to", filter.to()});
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" AND LOWER(e.summary) LIKE :text");
            params.add(new Object[]{"text", "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT) + "%"});
        }
        jpql.append(" ORDER BY e.recordedAt DESC, e.id DESC");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT e.entityType FROM AuditEntry e ORDER BY e.entityType", String.class)
                .getResultList();
    }

    public record AuditFilter(String entityType, String entityId, String actor, Instant from, Instant to, String text) {
        public static AuditFilter all() {
            return new AuditFilter(null, null, null, null, null, null);
        }
    }
}
