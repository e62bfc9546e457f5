package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.learning.domain.ActivityProgress;
import org.firstshift.learning.domain.Enrolment;
import org.firstshift.platform.privacy.PersonalData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Programs and progress. Nothing here identifies a person once the people module has anonymised
 * them (rows name an employee id only), so an erasure keeps it for the completion reports.
 */
@ApplicationScoped
public class LearningPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "learning";
    }

    @Override
    public Object export(long employeeId) {
        List<Map<String, Object>> enrolments = em.createNamedQuery("Enrolment.ofEmployee", Enrolment.class)
                .setParameter("employeeId", employeeId).getResultStream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("program", e.getProgram().getCode());
                    m.put("assignedAt", String.valueOf(e.getAssignedAt()));
                    m.put("active", e.isActive());
                    m.put("reason", e.getReason());
                    return m;
                }).toList();
        List<Map<String, Object>> progress = em.createNamedQuery("ActivityProgress.ofEmployee", ActivityProgress.class)
                .setParameter("employeeId", employeeId).getResultStream().map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", p.getTypeKey());
                    m.put("ref", p.getRef());
                    m.put("status", String.valueOf(p.getStatus()));
                    m.put("score", p.getScore());
                    m.put("completedAt", String.valueOf(p.getCompletedAt()));
                    return m;
                }).toList();
        return Map.of("enrolments", enrolments, "progress", progress);
    }

    @Override
    public String erase(long employeeId) {
        return "kept as anonymous progress";
    }
}
