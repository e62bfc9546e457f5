package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.audits.domain.AuditVisit;
import org.firstshift.audits.domain.VisitStatus;
import org.firstshift.platform.results.ResultBook;
import org.firstshift.platform.results.ResultSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Audit results for evaluations: every verified visit (recorded or imported by an auditor) that
 * was submitted by {@code asOf} and was the current version at that moment, one query per
 * {@value #BATCH} employees. The failed rule ids are stored on the visit, so no second query.
 */
@ApplicationScoped
public class AuditResults implements ResultSource {
    static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Set<Long> employeeIds, Instant asOf, ResultBook book) {
        List<Long> ids = List.copyOf(employeeIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createNamedQuery("AuditVisit.currentOfEmployees", AuditVisit.class)
                    .setParameter("employeeIds", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .setParameter("status", VisitStatus.SUBMITTED).setParameter("asOf", asOf)
                    .getResultStream().filter(AuditVisit::isVerified)
                    .forEach(v -> book.add(new ResultBook.AuditResult(v.getEmployeeId(), v.getId(), v.getVisitDate(),
                            v.getScorePercent(), v.isCriticalFailed(), v.getFailedRules())));
        }
    }
}
