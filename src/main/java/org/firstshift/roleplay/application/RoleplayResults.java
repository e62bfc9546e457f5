package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.platform.results.ResultBook;
import org.firstshift.platform.results.ResultSource;
import org.firstshift.roleplay.domain.RoleplayAttempt;
import org.firstshift.roleplay.domain.Scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands finished role-play attempts to evaluations, passed or not by the scenario's pass mark
 * (as the learner's debrief says). Left out: unfinished attempts, attempts finished after
 * {@code asOf}, and attempts of scenarios no longer stored. Role-plays are practice the learner
 * runs alone, so a tier scheme should weigh them lightly; nothing here proves who played.
 */
@ApplicationScoped
public class RoleplayResults implements ResultSource {
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Set<Long> employeeIds, Instant asOf, ResultBook book) {
        Map<String, Integer> passMarks = new HashMap<>();
        for (Scenario s : em.createNamedQuery("Scenario.all", Scenario.class).getResultList()) {
            passMarks.put(s.getCode(), s.getPassMark());
        }
        List<Long> ids = new ArrayList<>(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (RoleplayAttempt a : em.createQuery("SELECT a FROM RoleplayAttempt a WHERE a.employeeId IN :ids "
                            + "AND a.finishedAt IS NOT NULL AND a.finishedAt <= :asOf ORDER BY a.finishedAt", RoleplayAttempt.class)
                    .setParameter("ids", chunk).setParameter("asOf", asOf).getResultList()) {
                Integer passMark = passMarks.get(a.getScenarioCode());
                if (passMark != null) {
                    book.add(new ResultBook.RoleplayResult(a.getEmployeeId(), a.getScenarioCode(), a.passed(passMark), a.getFinishedAt()));
                }
            }
        }
    }
}
