package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.platform.results.ResultBook;
import org.firstshift.platform.results.ResultSource;
import org.firstshift.shadowing.domain.PlanProgress;
import org.firstshift.shadowing.domain.RecordContent;
import org.firstshift.shadowing.domain.RecordKind;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.shadowing.domain.ShadowingRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hands completed shadowing plans to evaluations, by the module's own completion rule
 * ({@link PlanProgress}): only sign-offs the trainee confirmed (co-signed) count, a downgrading
 * correction counts at once. The completion moment is the record (a confirmation) that made the
 * plan complete; records after {@code asOf} are ignored. Left out: unconfirmed sign-offs, rows
 * that no longer read as records (tampered; reported by chain verification), plans no longer
 * stored. A completed plan stays completed even if a later correction reopens a task, as for the
 * learning module's progress.
 */
@ApplicationScoped
public class ShadowingResults implements ResultSource {
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ShadowingPlans plans;

    @Inject
    ShadowingLedger ledger;

    @Override
    public void collect(Set<Long> employeeIds, Instant asOf, ResultBook book) {
        Map<String, ShadowingPlan> byCode = new LinkedHashMap<>();
        plans.all().forEach(p -> byCode.put(p.getCode(), p));
        List<Long> ids = new ArrayList<>(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, List<ShadowingRecord>> chains = new LinkedHashMap<>();
            for (ShadowingRecord r : em.createQuery("SELECT r FROM ShadowingRecord r WHERE r.traineeId IN :ids "
                    + "ORDER BY r.traineeId, r.seq", ShadowingRecord.class).setParameter("ids", chunk).getResultList()) {
                if (!r.getRecordedAt().isAfter(asOf)) {
                    chains.computeIfAbsent(r.getTraineeId(), k -> new ArrayList<>()).add(r);
                }
            }
            chains.forEach((trainee, chain) -> {
                List<RecordContent> contents = ledger.contentsOf(chain);
                Set<String> planCodes = new LinkedHashSet<>();
                contents.stream().map(RecordContent::planCode).filter(c -> c != null).forEach(planCodes::add);
                for (String code : planCodes) {
                    ShadowingPlan plan = byCode.get(code);
                    if (plan != null) {
                        completion(plan, contents).ifPresent(at -> book.add(new ResultBook.ShadowingResult(trainee, code, at)));
                    }
                }
            });
        }
    }

    /** When the plan first became complete: only a confirmation can complete it, so only those are tried. */
    static Optional<Instant> completion(ShadowingPlan plan, List<RecordContent> chain) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).kind() == RecordKind.CONFIRMATION && PlanProgress.of(plan, chain.subList(0, i + 1)).isComplete()) {
                return Optional.of(Instant.ofEpochMilli(chain.get(i).recordedAtMillis()));
            }
        }
        return Optional.empty();
    }
}
