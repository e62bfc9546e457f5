package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.audits.domain.AuditVisit;
import org.firstshift.audits.domain.VisitStatus;
import org.firstshift.platform.privacy.PersonalData;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit visits in which the person was the employee served. The auditor's identity is left
 * out of the export as it is on the employee's own page. Visits are the store's quality record
 * and name an employee id only, so an erasure keeps them once the person is anonymised.
 */
@ApplicationScoped
public class AuditsPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "audits";
    }

    @Override
    public Object export(long employeeId) {
        return em.createNamedQuery("AuditVisit.currentOfEmployee", AuditVisit.class).setParameter("employeeId", employeeId)
                .setParameter("status", VisitStatus.SUBMITTED).getResultStream().map(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("store", v.getStoreCode());
                    m.put("date", String.valueOf(v.getVisitDate()));
                    m.put("channel", String.valueOf(v.getChannel()));
                    m.put("scorePercent", v.getScorePercent());
                    m.put("failedRules", v.getFailedRules());
                    return m;
                }).toList();
    }

    @Override
    public String erase(long employeeId) {
        return "visits kept as the store's anonymous quality record";
    }
}
