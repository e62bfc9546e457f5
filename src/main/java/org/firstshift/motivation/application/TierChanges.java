package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.motivation.domain.TierChange;
import org.firstshift.motivation.domain.TierEvaluationRecord;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.EmployeeDetails;
import org.firstshift.people.domain.PayGrade;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.notify.NoticeRequested;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Pay-grade eligibility records. An evaluation that moves an employee to another tier opens one
 * (superseding a pending one of theirs) unless their pay grade already is the new tier's; HR
 * approves it, which changes the pay grade through the people module and tells the employee, or
 * rejects it with a reason. Approved records are what payroll exports. All of it is audited.
 */
@ApplicationScoped
public class TierChanges {
    static final String ENTITY = "TierChange";

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisation organisation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NoticeRequested> notices;

    @Inject
    jakarta.enterprise.event.Event<TierChangeApproved> approved;

    @Inject
    Clock clock;

    public TierChange get(long id) {
        TierChange c = em.find(TierChange.class, id);
        if (c == null) {
            throw new NotFoundException("no tier change " + id);
        }
        return c;
    }

    public List<TierChange> withStatus(TierChange.Status status) {
        return em.createNamedQuery("TierChange.byStatus", TierChange.class).setParameter("status", status).getResultList();
    }

    public List<TierChange> ofEmployee(long employeeId) {
        return em.createNamedQuery("TierChange.ofEmployee", TierChange.class).setParameter("employeeId", employeeId).getResultList();
    }

    /** Approved changes effective in a period (both ends included), for payroll. */
    public List<TierChange> approvedBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery("TierChange.approvedBetween", TierChange.class).setParameter("status", TierChange.Status.APPROVED)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void open(TierEvaluationRecord before, TierEvaluationRecord after, LocalDate effective) {
        for (TierChange pending : em.createNamedQuery("TierChange.pendingOf", TierChange.class)
                .setParameter("employeeId", after.getEmployeeId()).setParameter("status", TierChange.Status.PENDING).getResultList()) {
            Map<String, Object> was = pending.snapshot();
            pending.supersede(clock.instant());
            audit.record(ENTITY, pending.getId(), AuditAction.UPDATED, "Tier change superseded by a newer evaluation", was, pending.snapshot());
        }
        Employee e = people.get(after.getEmployeeId());
        String currentGrade = e.getPayGrade() == null ? null : e.getPayGrade().getCode();
        if (after.getPayGrade().equals(currentGrade)) {
            return;
        }
        TierChange change = new TierChange(e.getId(), after.getId(), before.getTierCode(), currentGrade, after.getTierCode(),
                after.getPayGrade(), effective, clock.instant());
        em.persist(change);
        em.flush();
        audit.record(ENTITY, change.getId(), AuditAction.CREATED, e.getFullName() + " is eligible for " + after.getTierCode()
                + " (pay grade " + after.getPayGrade() + ") from " + effective, null, change.snapshot());
    }

    @Transactional
    public TierChange approve(long id, String actor) {
        TierChange c = get(id);
        Map<String, Object> before = c.snapshot();
        try {
            c.approve(actor, clock.instant());
        } catch (IllegalStateException done) {
            throw new InvalidInputException("status", done.getMessage());
        }
        PayGrade grade = organisation.payGrade(c.getToGrade())
                .orElseThrow(() -> new InvalidInputException("to_grade", "pay grade " + c.getToGrade() + " no longer exists"));
        Employee e = people.get(c.getEmployeeId());
        EmployeeDetails d = e.details();
        people.update(e.getId(), new EmployeeDetails(d.fullName(), d.email(), d.hireDate(), d.position(), d.location(), grade, d.language()));
        audit.record(ENTITY, id, AuditAction.APPROVED, "Approved pay grade " + c.getToGrade() + " for " + e.getFullName()
                + " from " + c.getEffectiveFrom(), before, c.snapshot());
        approved.fire(new TierChangeApproved(e.getId(), id, c.getFromTier(), c.getFromGrade(), c.getToTier(), c.getToGrade(),
                c.getEffectiveFrom(), actor, clock.instant()));
        notices.fire(new NoticeRequested(e.getId(), "motivation", "notice.approved",
                List.of(c.getToTier(), c.getToGrade(), c.getEffectiveFrom().toString()), "/learner/tier.xhtml", "tier-change-" + id));
        return c;
    }

    @Transactional
    public TierChange reject(long id, String reason, String actor) {
        TierChange c = get(id);
        Map<String, Object> before = c.snapshot();
        try {
            c.reject(reason, actor, clock.instant());
        } catch (IllegalArgumentException noReason) {
            throw new InvalidInputException("reason", noReason.getMessage());
        } catch (IllegalStateException done) {
            throw new InvalidInputException("status", done.getMessage());
        }
        audit.record(ENTITY, id, AuditAction.REJECTED, "Rejected pay grade " + c.getToGrade() + " for employee "
                + c.getEmployeeId() + ": " + c.getReason(), before, c.snapshot());
        return c;
    }
}
