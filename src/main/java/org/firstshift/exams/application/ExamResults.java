package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.exams.domain.AttemptStatus;
import org.firstshift.exams.domain.ExamAttempt;
import org.firstshift.platform.results.ResultBook;
import org.firstshift.platform.results.ResultSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Scored exam attempts for evaluations: one query per 1,000 employees. */
@ApplicationScoped
public class ExamResults implements ResultSource {
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Set<Long> employeeIds, Instant asOf, ResultBook book) {
        List<Long> ids = new ArrayList<>(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (ExamAttempt a : em.createNamedQuery("ExamAttempt.scoredOf", ExamAttempt.class)
                    .setParameter("employees", chunk).setParameter("open", AttemptStatus.OPEN)
                    .setParameter("asOf", asOf).getResultList()) {
                book.add(new ResultBook.ExamResult(a.getEmployeeId(), a.getExamCode(), a.getScorePercent(), a.isPassed(), a.getScoredAt()));
            }
        }
    }
}
