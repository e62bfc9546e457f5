package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.certification.domain.Certification;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.notify.NoticeRequested;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The daily job's work on one cycle, each in its own transaction. The change is conditional: the
 * cycle is read with an optimistic lock, so when two nodes run the job at once the second commit
 * fails on the version and rolls back with its event, notice and audit entry: it happens once.
 */
@ApplicationScoped
public class CycleKeeping {

    @PersistenceContext
    EntityManager em;

    @Inject
    Certifications certifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<CertificationLapsed> lapsed;

    @Inject
    Event<NoticeRequested> notices;

    public enum Closing { LAPSED, RENEWED, NOTHING }

    /** Closes a cycle that ended before {@code today}: LAPSED when nothing continued it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Closing closeIfEnded(long cycleId, LocalDate today) {
        CertificationCycle cycle = em.find(CertificationCycle.class, cycleId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (cycle == null || cycle.getState() != CertificationCycle.State.ACTIVE || !cycle.getValidUntil().isBefore(today)) {
            return Closing.NOTHING;
        }
        boolean continued = successor(cycle).isPresent();
        var before = cycle.snapshot();
        cycle.close(continued, clock.instant());
        if (continued) {
            audit.record(CertificationGrants.AUDIT_TYPE, cycle.getId(), AuditAction.UPDATED, cycle.getCertificationCode()
                    + " cycle of employee " + cycle.getEmployeeId() + " ended on " + cycle.getValidUntil() + "; continued by its renewal",
                    before, cycle.snapshot());
            return Closing.RENEWED;
        }
        audit.record(CertificationGrants.AUDIT_TYPE, cycle.getId(), AuditAction.UPDATED, cycle.getCertificationCode()
                + " of employee " + cycle.getEmployeeId() + " lapsed: valid until " + cycle.getValidUntil(), before, cycle.snapshot());
        lapsed.fire(new CertificationLapsed(cycle.getEmployeeId(), cycle.getCertificationCode(), cycle.getId(),
                cycle.getValidUntil(), clock.instant()));
        notices.fire(new NoticeRequested(cycle.getEmployeeId(), "certification", "notice.lapsed",
                List.of(cycle.getCertificationCode(), cycle.getValidUntil().toString()), "/learner/certifications.xhtml",
                "certification-lapsed-" + cycle.getId()));
        return Closing.LAPSED;
    }

    /** Sends the reminder due today for an active cycle, once; true when one went out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remindIfDue(long cycleId, LocalDate today) {
        CertificationCycle cycle = em.find(CertificationCycle.class, cycleId);
        if (cycle == null || cycle.getState() != CertificationCycle.State.ACTIVE || successor(cycle).isPresent()) {
            return false;
        }
        Optional<Certification> certification = certifications.byCode(cycle.getCertificationCode());
        Optional<Integer> due = certification.flatMap(c -> c.terms().reminderDue(cycle.getValidUntil(), today, cycle.getLastReminderDays()));
        if (due.isEmpty()) {
            return false;
        }
        em.lock(cycle, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        cycle.reminded(due.get());
        notices.fire(new NoticeRequested(cycle.getEmployeeId(), "certification", "notice.expiring",
                List.of(cycle.getCertificationCode(), cycle.getValidUntil().toString(), String.valueOf(due.get())),
                "/learner/certifications.xhtml", "certification-reminder-" + cycle.getId() + "-" + due.get()));
        return true;
    }

    private Optional<CertificationCycle> successor(CertificationCycle cycle) {
        return em.createNamedQuery("CertificationCycle.findSuccessors", CertificationCycle.class)
                .setParameter("ids", List.of(cycle.getId())).getResultStream().filter(c -> !c.revoked()).findFirst();
    }

    public List<Long> endedOpenCycles(LocalDate today) {
        return em.createNamedQuery("CertificationCycle.idsOpenEndingBefore", Long.class)
                .setParameter("state", CertificationCycle.State.ACTIVE).setParameter("day", today).getResultList();
    }

    public List<Long> openCyclesEndingWithin(LocalDate today, int days) {
        return em.createNamedQuery("CertificationCycle.idsOpenEndingBetween", Long.class)
                .setParameter("state", CertificationCycle.State.ACTIVE).setParameter("from", today)
                .setParameter("to", today.plusDays(days)).getResultList();
    }
}
