package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.certification.domain.CertificateCodes;
import org.firstshift.certification.domain.Certification;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.certification.domain.CertificationTerms;
import org.firstshift.exams.application.ExamPassed;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Grants, renews, imports and revokes cycles. Every change is a new row or a state change with an
 * audit entry in the same transaction; dates of a cycle are never changed after it is written.
 */
@ApplicationScoped
public class CertificationGrants {
    private static final Logger LOG = Logger.getLogger(CertificationGrants.class.getName());
    public static final String AUDIT_TYPE = "certification_cycle";

    @PersistenceContext
    EntityManager em;

    @Inject
    Certifications certifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<CertificationGranted> granted;

    private final CertificateCodes codes = new CertificateCodes();

    /**
     * An exam that grants a certification was passed: inside the exam's own transaction, so the
     * cycle exists exactly when the passed attempt does. The same attempt never earns two cycles.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onExamPassed(@Observes ExamPassed passed) {
        if (passed.certificationCode() == null || passed.certificationCode().isBlank()) {
            return;
        }
        Optional<Certification> certification = certifications.byCode(passed.certificationCode());
        if (certification.isEmpty()) {
            // Not the learner's fault: the exam is scored; the grant is missing until content defines it.
            LOG.warning(() -> "Exam " + passed.examCode() + " grants unknown certification " + passed.certificationCode());
            return;
        }
        grantFor(passed, certification.get());
    }

    /** Returns the new cycle, or empty when the pass earns none (already held, window not open; or a repeat). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CertificationCycle> grantFor(ExamPassed passed, Certification certification) {
        boolean repeat = !em.createNamedQuery("CertificationCycle.findByAttempt", CertificationCycle.class)
                .setParameter("attempt", passed.attemptId()).getResultList().isEmpty();
        if (repeat) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(passed.at() == null ? clock.instant() : passed.at(), clock.getZone());
        List<CertificationCycle> held = heldCycles(passed.employeeId(), certification.getCode());
        CertificationTerms.Renewal renewal = certification.terms().onPass(held, today);
        if (!renewal.grants()) {
            return Optional.empty();
        }
        // Only a renewal continues a cycle; after a lapse the old one stays expired, not superseded.
        Long previous = renewal.kind() == CertificationTerms.Renewal.Kind.RENEWAL
                ? ((CertificationCycle) renewal.previous()).getId() : null;
        Instant now = clock.instant();
        CertificationCycle cycle = CertificationCycle.earned(passed.employeeId(), certification.getCode(),
                renewal.validFrom(), renewal.validUntil(), passed.examCode(), passed.attemptId(), passed.scorePercent(),
                previous, codes.next(), now);
        em.persist(cycle);
        em.flush();
        String how = switch (renewal.kind()) {
            case RENEWAL -> "renewed (certificate re-issued, continues cycle " + previous + ")";
            case AFTER_LAPSE -> "granted again after a lapse (new certificate)";
            default -> "granted";
        };
        audit.record(AUDIT_TYPE, cycle.getId(), AuditAction.CREATED, certification.getCode() + " " + how + " to employee "
                + passed.employeeId() + " by exam " + passed.examCode() + " attempt " + passed.attemptId()
                + ", valid " + cycle.getValidFrom() + " to " + cycle.getValidUntil(), null, cycle.snapshot());
        granted.fire(new CertificationGranted(passed.employeeId(), certification.getCode(), cycle.getId(),
                cycle.getValidFrom(), cycle.getValidUntil(), renewal.kind() == CertificationTerms.Renewal.Kind.RENEWAL,
                passed.attemptId(), now));
        return Optional.of(cycle);
    }

    List<CertificationCycle> heldCycles(long employeeId, String certificationCode) {
        return em.createNamedQuery("CertificationCycle.findByEmployeeAndCertification", CertificationCycle.class)
                .setParameter("employee", employeeId).setParameter("certification", certificationCode).getResultList();
    }

    /**
     * A cycle held before FirstShift (content). Idempotent: the same employee, certification and
     * start day is imported once. It continues the employee's previous cycle when that ended the
     * day before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean importHeld(long employeeId, Certification certification, LocalDate grantedOn) {
        List<CertificationCycle> held = heldCycles(employeeId, certification.getCode());
        if (held.stream().anyMatch(c -> c.getValidFrom().equals(grantedOn))) {
            return false;
        }
        Long previous = held.stream().filter(c -> !c.revoked() && c.getValidUntil().plusDays(1).equals(grantedOn))
                .map(CertificationCycle::getId).findFirst().orElse(null);
        CertificationCycle cycle = CertificationCycle.imported(employeeId, certification.getCode(), grantedOn,
                certification.terms().lastValidDay(grantedOn), previous, codes.next(), clock.instant());
        em.persist(cycle);
        em.flush();
        audit.record(AUDIT_TYPE, cycle.getId(), AuditAction.IMPORTED, certification.getCode() + " held before FirstShift by employee "
                + employeeId + ", valid " + cycle.getValidFrom() + " to " + cycle.getValidUntil(), null, cycle.snapshot());
        return true;
    }

    /** HR withdraws a certificate (e.g. granted in error); the cycle stays, marked revoked with the reason. */
    @Transactional
    public CertificationCycle revoke(long cycleId, String by, String reason) {
        CertificationCycle cycle = certifications.cycle(cycleId).orElseThrow(() -> new NotFoundException("no such certification cycle"));
        if (reason == null || reason.isBlank()) {
            throw new org.firstshift.platform.api.InvalidInputException("reason", "a reason is required to revoke a certificate");
        }
        if (reason.length() > 1000) {
            throw new org.firstshift.platform.api.InvalidInputException("reason", "the reason must be at most 1000 characters");
        }
        if (cycle.revoked()) {
            throw new org.firstshift.platform.api.InvalidInputException("cycle", "the certificate is already revoked");
        }
        var before = cycle.snapshot();
        cycle.revoke(by, reason, clock.instant());
        audit.record(AUDIT_TYPE, cycle.getId(), AuditAction.DEACTIVATED, cycle.getCertificationCode() + " of employee "
                + cycle.getEmployeeId() + " revoked: " + reason.strip(), before, cycle.snapshot());
        return cycle;
    }
}
