package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.motivation.domain.TierAppeal;
import org.firstshift.motivation.domain.TierChange;
import org.firstshift.motivation.domain.TierEvaluationRecord;
import org.firstshift.platform.privacy.PersonalData;

import java.util.List;
import java.util.Map;

/**
 * Tier evaluations, pay-grade changes and appeals. Approved changes are payroll records and stay;
 * the words of an appeal are the person's own and are blanked on erasure.
 */
@ApplicationScoped
public class MotivationPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "motivation";
    }

    @Override
    public Object export(long employeeId) {
        List<Map<String, Object>> evaluations = em.createQuery(
                        "SELECT e FROM TierEvaluationRecord e WHERE e.employeeId = :employeeId ORDER BY e.id", TierEvaluationRecord.class)
                .setParameter("employeeId", employeeId).getResultStream()
                .map(e -> Map.<String, Object>of("tier", e.getTierCode(), "payGrade", String.valueOf(e.getPayGrade()),
                        "evaluatedOn", String.valueOf(e.getEvaluatedOn()), "facts", e.getFacts()))
                .toList();
        List<Map<String, Object>> changes = em.createNamedQuery("TierChange.ofEmployee", TierChange.class)
                .setParameter("employeeId", employeeId).getResultStream()
                .map(c -> Map.<String, Object>of("from", c.getFromTier() + "/" + c.getFromGrade(), "to", c.getToTier() + "/" + c.getToGrade(),
                        "effectiveFrom", String.valueOf(c.getEffectiveFrom()), "status", String.valueOf(c.getStatus()),
                        "reason", String.valueOf(c.getReason())))
                .toList();
        List<Map<String, Object>> appeals = appeals(employeeId).stream()
                .map(a -> Map.<String, Object>of("comment", a.getComment(), "status", String.valueOf(a.getStatus()),
                        "resolution", String.valueOf(a.getResolution())))
                .toList();
        return Map.of("evaluations", evaluations, "tierChanges", changes, "appeals", appeals);
    }

    @Override
    public String erase(long employeeId) {
        List<TierAppeal> appeals = appeals(employeeId);
        appeals.forEach(TierAppeal::eraseComment);
        return appeals.size() + " appeal comment(s) blanked; evaluations and pay-grade changes kept";
    }

    private List<TierAppeal> appeals(long employeeId) {
        return em.createNamedQuery("TierAppeal.ofEmployee", TierAppeal.class).setParameter("employeeId", employeeId)
                .getResultList();
    }
}
