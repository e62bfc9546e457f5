package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.motivation.domain.TierAppeal;
import org.firstshift.motivation.domain.TierEvaluationRecord;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Appeals against an evaluation: the employee writes a comment, HR answers; both audited. */
@ApplicationScoped
public class Appeals {
    static final String ENTITY = "TierAppeal";

    @PersistenceContext
    EntityManager em;

    @Inject
    TierEvaluations evaluations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Appeals the employee's current evaluation. */
    @Transactional
    public TierAppeal open(long employeeId, String comment) {
        TierEvaluationRecord current = evaluations.current(employeeId)
                .orElseThrow(() -> new InvalidInputException("evaluation", "there is no evaluation to appeal yet"));
        TierAppeal appeal;
        try {
            appeal = new TierAppeal(employeeId, current.getId(), comment, clock.instant());
        } catch (IllegalArgumentException bad) {
            throw new InvalidInputException("comment", bad.getMessage());
        }
        em.persist(appeal);
        em.flush();
        audit.record(ENTITY, appeal.getId(), AuditAction.CREATED, "Employee " + employeeId + " appealed tier "
                + current.getTierCode(), null, appeal.snapshot());
        return appeal;
    }

    @Transactional
    public TierAppeal resolve(long id, String resolution, String actor) {
        TierAppeal a = em.find(TierAppeal.class, id);
        if (a == null) {
            throw new NotFoundException("no appeal " + id);
        }
        Map<String, Object> before = a.snapshot();
        try {
            a.resolve(resolution, actor, clock.instant());
        } catch (IllegalArgumentException bad) {
            throw new InvalidInputException("resolution", bad.getMessage());
        } catch (IllegalStateException done) {
            throw new InvalidInputException("status", done.getMessage());
        }
        audit.record(ENTITY, id, AuditAction.UPDATED, "Resolved appeal " + id + ": " + a.getResolution(), before, a.snapshot());
        return a;
    }

    public List<TierAppeal> open() {
        return em.createNamedQuery("TierAppeal.byStatus", TierAppeal.class).setParameter("status", TierAppeal.Status.OPEN).getResultList();
    }

    public List<TierAppeal> ofEmployee(long employeeId) {
        return em.createNamedQuery("TierAppeal.ofEmployee", TierAppeal.class).setParameter("employeeId", employeeId).getResultList();
    }
}
