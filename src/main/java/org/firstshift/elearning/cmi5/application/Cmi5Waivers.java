package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.elearning.cmi5.domain.Cmi5Statements;
import org.firstshift.elearning.cmi5.domain.Cmi5Waiver;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.packages.domain.PackageKind;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HR or an admin waives an AU for a learner (cmi5 9.3.7): the LMS records the waiver (audited),
 * writes the "waived" statement with a session id of its own, and evaluates moveOn, so the blocks
 * and the course the waiver completes are "satisfied" and the course completes in learning.
 * All in one transaction: a refused waiver leaves neither row nor statement.
 */
@ApplicationScoped
public class Cmi5Waivers {
    static final String ENTITY = "Cmi5Waiver";

    @PersistenceContext
    EntityManager em;

    @Inject
    PackageCatalog catalog;

    @Inject
    Cmi5Launches launches;

    @Inject
    Cmi5Sessions sessions;

    @Inject
    Learners learners;

    @Inject
    LearningRecordStore lrs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Cmi5Waiver waive(long employeeId, String packageCode, int auSeq, String reason, String comment, String by) {
        ElearningPackage pkg = catalog.byCode(packageCode).orElseThrow(() -> new NotFoundException("no package " + packageCode));
        if (pkg.getKind() != PackageKind.CMI5) {
            throw new InvalidInputException("packageCode", "package " + packageCode + " is not a cmi5 course; only cmi5 AUs can be waived");
        }
        PackageItem item = launches.aus(pkg).stream().filter(i -> i.getSeq() == auSeq).findFirst()
                .orElseThrow(() -> new NotFoundException("package " + packageCode + " has no AU " + auSeq));
        if (reason == null || !Cmi5Statements.WAIVE_REASONS.contains(reason)) {
            throw new InvalidInputException("reason", "the reason is required and must be one of " + Cmi5Statements.WAIVE_REASONS);
        }
        JsonObject actor = learners.agent(employeeId)
                .orElseThrow(() -> new InvalidInputException("employeeId", "the learner has no login: the LRS names learners by it"));
        String registration = launches.registration(employeeId, packageCode);
        if (launches.waivers(employeeId, packageCode).stream().anyMatch(w -> w.getAuSeq() == auSeq && w.getRegistration().equals(registration))) {
            throw new InvalidInputException("au", "AU \"" + item.getTitle() + "\" is already waived for this learner (cmi5 allows one waiver per AU and registration)");
        }
        Instant now = clock.instant();
        Cmi5Waiver w = new Cmi5Waiver(employeeId, packageCode, auSeq, registration, reason, comment, by, now);
        em.persist(w);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("employeeId", employeeId);
        after.put("packageCode", packageCode);
        after.put("au", item.getIdentifier());
        after.put("reason", reason);
        after.put("comment", w.getComment());
        after.put("registration", registration);
        audit.record(ENTITY, employeeId + "/" + packageCode + "/" + auSeq, AuditAction.APPROVED,
                "Waived cmi5 AU \"" + item.getTitle() + "\" of " + packageCode + " (" + reason + ")", null, after);
        lrs.store(Cmi5Statements.waived(actor, Cmi5Launches.au(pkg, item), registration, w.getSessionId(), reason, now),
                lrs.moduleAuthority(Cmi5Launches.MODULE));
        sessions.evaluate(employeeId, packageCode, registration, w.getSessionId(), auSeq);
        return w;
    }
}
