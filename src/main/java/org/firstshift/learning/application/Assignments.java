package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.learning.domain.Assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Activities assigned to one employee outside programs (e.g. remediation after an audit). Another
 * module calls {@link #assign}; the assignment is done when {@link Progress} records the activity
 * completed ({@link ActivityCompleted}) or passed again after it was assigned.
 */
@ApplicationScoped
public class Assignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AssignmentsInTransaction inTransaction;

    /**
     * Assigns an activity; when the same activity is already assigned and open, that assignment
     * keeps the earlier due date and gains the reason, so a second failed audit never duplicates it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment assign(long employeeId, String typeKey, String ref, LocalDate dueOn, String reason, String source) {
        Long recent = inTransaction.find(employeeId, typeKey, ref);
        Assignment earlier = recent == null ? null : em.find(Assignment.class, recent);
        if (earlier == null) {
            List<Assignment> open = open(employeeId, typeKey, ref);
            earlier = open.isEmpty() ? null : open.get(0);
        }
        if (earlier != null && !earlier.isDone()) {
            earlier.reassign(dueOn, reason);
            return earlier;
        }
        Assignment a = new Assignment(employeeId, typeKey, ref, dueOn, reason, source, clock.instant());
        em.persist(a);
        inTransaction.remember(employeeId, typeKey, ref, a.getId());
        return a;
    }

    public List<Assignment> of(long employeeId) {
        return em.createNamedQuery("Assignment.ofEmployee", Assignment.class).setParameter("employeeId", employeeId).getResultList();
    }

    private List<Assignment> open(long employeeId, String typeKey, String ref) {
        return em.createNamedQuery("Assignment.openOf", Assignment.class).setParameter("employeeId", employeeId)
                .setParameter("typeKey", typeKey).setParameter("ref", ref).getResultList();
    }

    /** The activity was completed for the first time. */
    void completed(@Observes ActivityCompleted event) {
        passed(event.employeeId(), event.typeKey(), event.ref(), event.at() == null ? clock.instant() : event.at());
    }

    /** A passed attempt (also one after the first completion, which fires no event) closes open assignments. */
    @Transactional
    public void passed(long employeeId, String typeKey, String ref, Instant at) {
        open(employeeId, typeKey, ref).forEach(a -> a.complete(at));
    }
}
