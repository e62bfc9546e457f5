package org.firstshift.motivation.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every night, everyone is evaluated again (time in role grows, certifications lapse, audit
 * windows move). In a cluster every node's timer fires; the first to claim the night in
 * {@code motivation_run} runs it, the others skip. Evaluation itself is idempotent, so a run
 * repeated by hand or after a crash writes nothing new for unchanged inputs. Batches of 500, each
 * in its own transaction, so one bad record does not undo the night.
 */
@Singleton
public class NightlyRecomputation {
    private static final Logger LOG = Logger.getLogger(NightlyRecomputation.class.getName());
    static final int BATCH = 500;

    @Inject
    TierEvaluations evaluations;

    @Inject
    RunClaims claims;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Schedule(hour = "2", minute = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        LocalDate night = LocalDate.now(clock);
        boolean claimed;
        try {
            claimed = claims.claim(night);
        } catch (RuntimeException taken) {
            claimed = false; // the insert failed at commit: another node was first
        }
        if (!claimed) {
            LOG.info(() -> "Tier recomputation of " + night + " already claimed by another node");
            return;
        }
        int written = recomputeAll();
        claims.finish(night, written);
    }

    /** Evaluates every active employee; returns how many evaluations were new. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int recomputeAll() {
        int written = 0;
        for (int first = 0; ; first += BATCH) {
            List<Employee> page = people.search(new EmployeeQuery(null, null, null, false, first, BATCH));
            if (page.isEmpty()) {
                break;
            }
            written += evaluations.evaluate(page.stream().map(Employee::getId).toList(), "nightly");
            if (page.size() < BATCH) {
                break;
            }
        }
        return written;
    }
}
