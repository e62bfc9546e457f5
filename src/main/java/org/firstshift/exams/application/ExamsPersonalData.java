package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.exams.domain.ExamAttempt;
import org.firstshift.platform.privacy.PersonalData;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exam attempts and their results. Scores name an employee id only and feed item analysis, so an
 * erasure keeps them once the person is anonymised.
 */
@ApplicationScoped
public class ExamsPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "exams";
    }

    @Override
    public Object export(long employeeId) {
        return em.createNamedQuery("ExamAttempt.ofEmployee", ExamAttempt.class).setParameter("employeeId", employeeId)
                .getResultStream().map(a -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("exam", a.getExamCode());
                    m.put("attempt", a.getNumber());
                    m.put("startedAt", String.valueOf(a.getStartedAt()));
                    m.put("status", String.valueOf(a.getStatus()));
                    m.put("scoredAt", String.valueOf(a.getScoredAt()));
                    m.put("scorePercent", a.getScorePercent());
                    m.put("correct", a.getCorrectCount() + " of " + a.getQuestionCount());
                    return m;
                }).toList();
    }

    @Override
    public String erase(long employeeId) {
        return "attempts kept as anonymous results (item analysis)";
    }
}
