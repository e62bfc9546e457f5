package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.platform.privacy.PersonalData;
import org.firstshift.roleplay.domain.FreeTextAnswer;
import org.firstshift.roleplay.domain.RoleplayAttempt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Role-play attempts and the answers a learner wrote in their own words. */
@ApplicationScoped
public class RoleplayPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "roleplay";
    }

    @Override
    public Object export(long employeeId) {
        List<Map<String, Object>> attempts = em.createQuery(
                        "SELECT a FROM RoleplayAttempt a WHERE a.employeeId = :employeeId ORDER BY a.startedAt", RoleplayAttempt.class)
                .setParameter("employeeId", employeeId).getResultStream().map(a -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("scenario", a.getScenarioCode());
                    m.put("startedAt", String.valueOf(a.getStartedAt()));
                    m.put("finishedAt", String.valueOf(a.getFinishedAt()));
                    m.put("score", a.getScore());
                    m.put("maxScore", a.getMaxScore());
                    m.put("outcome", String.valueOf(a.getOutcome()));
                    return m;
                }).toList();
        List<Map<String, Object>> answers = freeText(employeeId).stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", f.getScenarioCode());
            m.put("node", f.getNodeCode());
            m.put("text", f.getText());
            return m;
        }).toList();
        return Map.of("attempts", attempts, "freeTextAnswers", answers);
    }

    @Override
    public String erase(long employeeId) {
        List<FreeTextAnswer> answers = freeText(employeeId);
        answers.forEach(FreeTextAnswer::eraseText);
        return answers.size() + " free-text answer(s) blanked; scores kept";
    }

    private List<FreeTextAnswer> freeText(long employeeId) {
        return em.createNamedQuery("FreeTextAnswer.ofEmployee", FreeTextAnswer.class).setParameter("employeeId", employeeId)
                .getResultList();
    }
}
