package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.audits.domain.AuditChecklist;
import org.firstshift.audits.domain.ChecklistStatus;
import org.firstshift.audits.domain.LineDraft;
import org.firstshift.audits.domain.Scale;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.RuleKind;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardVersion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checklist versions: generate a draft from a standard's published version (one line per rule),
 * adjust its lines, publish. The newest published version is what new visits use; every visit
 * keeps the version it was recorded with.
 */
@ApplicationScoped
public class Checklists {

    @PersistenceContext
    EntityManager em;

    @Inject
    Standards standards;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    public List<AuditChecklist> versionsOf(String code) {
        return em.createNamedQuery("AuditChecklist.versionsOf", AuditChecklist.class).setParameter("code", code).getResultList();
    }

    /** The newest published version of each checklist. */
    public List<AuditChecklist> published() {
        Map<String, AuditChecklist> newest = new LinkedHashMap<>();
        em.createNamedQuery("AuditChecklist.published", AuditChecklist.class).setParameter("status", ChecklistStatus.PUBLISHED)
                .getResultStream().forEach(c -> newest.putIfAbsent(c.getCode(), c));
        return List.copyOf(newest.values());
    }

    public Optional<AuditChecklist> latestPublished(String code) {
        return versionsOf(code).stream().filter(AuditChecklist::isPublished).findFirst();
    }

    public AuditChecklist publishedOrFail(String code) {
        return latestPublished(code).orElseThrow(() -> new NotFoundException("no published checklist '" + code + "'"));
    }

    public Optional<AuditChecklist> draft(String code) {
        return versionsOf(code).stream().filter(c -> !c.isPublished()).findFirst();
    }

    public Optional<AuditChecklist> find(long id) {
        return Optional.ofNullable(em.find(AuditChecklist.class, id));
    }

    /**
     * Lines generated from a standard's published version: one per rule; forbidden rules weigh 3
     * and are critical, hard rules weigh 2, recommended 1; yes/no scale; n/a allowed except for
     * forbidden rules (something forbidden either happened or it did not).
     */
    public List<LineDraft> generate(String standardCode) {
        ServiceStandard standard = standards.byCode(standardCode)
                .orElseThrow(() -> new InvalidInputException("standard", "no standard '" + standardCode + "'"));
        StandardVersion version = standard.published()
                .orElseThrow(() -> new InvalidInputException("standard", "standard '" + standardCode + "' has no published version"));
        List<LineDraft> lines = new ArrayList<>();
        for (Rule r : version.rules()) {
            boolean forbidden = r.getKind() == RuleKind.FORBIDDEN;
            lines.add(new LineDraft(r.getCode(), r.getStatement(), List.of(r.getCode()),
                    forbidden ? 3 : r.getKind() == RuleKind.HARD ? 2 : 1, forbidden, Scale.YES_NO, !forbidden));
        }
        return lines;
    }

    /** Starts (or replaces) the draft of a checklist with the given lines; rule ids must be in the standard. */
    @Transactional
    public AuditChecklist saveDraft(String code, String standardCode, LocalizedText title, List<LineDraft> lines) {
        checkRules(standardCode, lines);
        AuditChecklist draft = draft(code).orElseGet(() -> {
            int next = versionsOf(code).stream().mapToInt(AuditChecklist::getVersionNo).max().orElse(0) + 1;
            AuditChecklist created;
            try {
                created = new AuditChecklist(code, next, standardCode, title);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("code", e.getMessage());
            }
            em.persist(created);
            return created;
        });
        try {
            draft.planLines(title, lines);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("lines", e.getMessage());
        }
        trail.record("audit_checklist", code, AuditAction.UPDATED, "draft v" + draft.getVersionNo() + " saved with "
                + lines.size() + " lines", null, Map.of("lines", lines.size()));
        return draft;
    }

    @Transactional
    public AuditChecklist changeLine(String code, LineDraft line) {
        AuditChecklist draft = draft(code).orElseThrow(() -> new NotFoundException("checklist '" + code + "' has no draft"));
        checkRules(draft.getStandardCode(), List.of(line));
        try {
            draft.changeLine(line);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("line", e.getMessage());
        }
        trail.record("audit_checklist", code, AuditAction.UPDATED, "line " + line.code() + " changed", null,
                Map.of("weight", line.weight(), "critical", line.critical(), "scale", line.scale().name()));
        return draft;
    }

    @Transactional
    public AuditChecklist publish(String code) {
        AuditChecklist draft = draft(code).orElseThrow(() -> new NotFoundException("checklist '" + code + "' has no draft"));
        draft.publish(clock.instant());
        trail.record("audit_checklist", code, AuditAction.UPDATED, "version " + draft.getVersionNo() + " published", null,
                Map.of("version", draft.getVersionNo()));
        return draft;
    }

    private void checkRules(String standardCode, List<LineDraft> lines) {
        ServiceStandard standard = standards.byCode(standardCode)
                .orElseThrow(() -> new InvalidInputException("standard", "no standard '" + standardCode + "'"));
        StandardVersion version = standard.published()
                .orElseThrow(() -> new InvalidInputException("standard", "standard '" + standardCode + "' has no published version"));
        for (LineDraft l : lines) {
            for (String rule : l.rules()) {
                if (version.rule(rule).isEmpty()) {
                    throw new InvalidInputException("rules", "line " + l.code() + ": rule '" + rule + "' is not in standard " + standardCode);
                }
            }
        }
    }
}
