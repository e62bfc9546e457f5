package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.firstshift.learning.application.ActivityCompleted;
import org.firstshift.platform.results.EmployeeResultEvent;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-evaluates an employee when a result of theirs is committed: every {@link EmployeeResultEvent}
 * (exam scored, certification granted or lapsed, audit submitted, shadowing plan completed) and,
 * because the role-play module fires no result event of its own, a completed role-play activity
 * (the learning module's {@link ActivityCompleted}). Runs after the producer's transaction
 * succeeded, in a transaction of its own; a failure is logged and the nightly run catches up.
 */
@ApplicationScoped
public class ResultListener {
    private static final Logger LOG = Logger.getLogger(ResultListener.class.getName());

    @Inject
    TierEvaluations evaluations;

    void onResult(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmployeeResultEvent event) {
        if (event instanceof TierChangeApproved) {
            return; // our own announcement, not a new result
        }
        reevaluate(event.employeeId(), event.getClass().getSimpleName());
    }

    void onActivity(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivityCompleted event) {
        if ("roleplay".equals(event.typeKey())) {
            reevaluate(event.employeeId(), "ActivityCompleted:roleplay");
        }
    }

    private void reevaluate(long employeeId, String trigger) {
        try {
            evaluations.evaluateAlone(employeeId, trigger);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Re-evaluating employee " + employeeId + " after " + trigger + " failed; the nightly run will retry", e);
        }
    }
}
