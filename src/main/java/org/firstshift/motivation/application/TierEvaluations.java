package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.motivation.domain.Evaluation;
import org.firstshift.motivation.domain.TierEvaluationRecord;
import org.firstshift.motivation.domain.TierEvaluator;
import org.firstshift.platform.results.ResultBook;
import org.firstshift.platform.results.ResultSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates employees: collects their results from every {@link ResultSource} (a few queries per
 * batch, not per employee), runs the pure {@link TierEvaluator} with the scheme in force today,
 * and stores the outcome with the facts it used. Storing is idempotent: the same scheme, facts and
 * tier only move the latest record's {@code checkedOn}. A change of tier opens an eligibility
 * record ({@link TierChanges}). Inactive employees (no tenure from the people module) are skipped.
 */
@ApplicationScoped
public class TierEvaluations {

    @PersistenceContext
    EntityManager em;

    @Inject
    TierSchemes schemes;

    @Inject
    Instance<ResultSource> sources;

    @Inject
    TierChanges changes;

    @Inject
    Clock clock;

    /** A stored evaluation evaluated again from its own inputs: exactly what it was. */
    public record Explained(TierEvaluationRecord record, TierSchemes.Version scheme, ResultBook.Results facts, Evaluation evaluation) {
    }

    public ResultBook collect(Set<Long> employeeIds, Instant asOf) {
        ResultBook book = new ResultBook();
        for (ResultSource source : sources) {
            source.collect(employeeIds, asOf, book);
        }
        return book;
    }

    public Optional<TierEvaluationRecord> latest(long employeeId) {
        return em.createNamedQuery("TierEvaluationRecord.latestOf", TierEvaluationRecord.class).setParameter("employeeId", employeeId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<TierEvaluationRecord> find(long evaluationId) {
        return Optional.ofNullable(em.find(TierEvaluationRecord.class, evaluationId));
    }

    public long countOf(long employeeId) {
        return em.createNamedQuery("TierEvaluationRecord.countOf", Long.class).setParameter("employeeId", employeeId).getSingleResult();
    }

    /** The latest evaluation of every employee evaluated so far. */
    public List<TierEvaluationRecord> latestOfEveryone() {
        return em.createNamedQuery("TierEvaluationRecord.latestAll", TierEvaluationRecord.class).getResultList();
    }

    public Explained explain(TierEvaluationRecord record) {
        TierSchemes.Version version = schemes.get(record.getSchemeId());
        ResultBook.Results facts = FactsJson.read(record.getEmployeeId(), record.getFacts());
        return new Explained(record, version, facts, TierEvaluator.evaluate(version.scheme(), facts, record.getCheckedOn()));
    }

    /**
     * The employee's current evaluation. They are evaluated afresh first (a handful of queries for
     * one employee, and idempotent): results without an event of their own, such as a failed
     * role-play, show at once, and an employee never evaluated before gets their first one.
     */
    @Transactional
    public Optional<TierEvaluationRecord> current(long employeeId) {
        evaluate(List.of(employeeId), latest(employeeId).isPresent() ? "read" : "first read");
        return latest(employeeId);
    }

    /** Evaluates one employee in a transaction of its own (after another transaction committed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int evaluateAlone(long employeeId, String trigger) {
        return evaluate(List.of(employeeId), trigger);
    }

    /** Evaluates a batch in the caller's (or a new) transaction; returns how many records were new. */
    @Transactional
    public int evaluate(Collection<Long> employeeIds, String trigger) {
        LocalDate day = LocalDate.now(clock);
        Optional<TierSchemes.Version> scheme = schemes.inForceOn(day);
        if (scheme.isEmpty() || employeeIds.isEmpty()) {
            return 0;
        }
        Set<Long> ids = new LinkedHashSet<>(employeeIds);
        ResultBook book = collect(ids, clock.instant());
        Map<Long, TierEvaluationRecord> previous = new HashMap<>();
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 1000) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 1000));
            em.createQuery("SELECT e FROM TierEvaluationRecord e WHERE e.id IN (SELECT MAX(x.id) FROM TierEvaluationRecord x "
                            + "WHERE x.employeeId IN :ids GROUP BY x.employeeId)", TierEvaluationRecord.class)
                    .setParameter("ids", chunk).getResultList().forEach(r -> previous.put(r.getEmployeeId(), r));
        }
        int written = 0;
        long schemeId = scheme.get().row().getId();
        for (long id : ids) {
            ResultBook.Results results = book.of(id);
            if (results.tenure == null) {
                continue; // inactive or unknown
            }
            Evaluation evaluation = TierEvaluator.evaluate(scheme.get().scheme(), results, day);
            String facts = FactsJson.write(results);
            String tier = evaluation.tier().code();
            String fingerprint = FactsJson.fingerprint(schemeId, tier, facts);
            TierEvaluationRecord before = previous.get(id);
            if (before != null && before.getFingerprint().equals(fingerprint)) {
                before.confirmedOn(day);
                continue;
            }
            TierEvaluationRecord record = new TierEvaluationRecord(id, schemeId, tier, evaluation.tier().payGrade(), day,
                    clock.instant(), trigger, facts, fingerprint);
            em.persist(record);
            em.flush();
            written++;
            if (before != null && !before.getTierCode().equals(tier)) {
                changes.open(before, record, day);
            }
        }
        return written;
    }
}
