package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.motivation.domain.ConditionCheck;
import org.firstshift.motivation.domain.Evaluation;
import org.firstshift.motivation.domain.Explainer;
import org.firstshift.motivation.domain.Tier;
import org.firstshift.motivation.domain.TierEvaluationRecord;
import org.firstshift.motivation.domain.WhatIf;
import org.firstshift.people.application.People;
import org.firstshift.platform.api.NotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An employee's tier card in a language: the tier and pay grade, the explanation, every condition
 * of the tier held and of the next one with met/unmet and the value used, progress, and a what-if
 * hint. Built from the stored evaluation (its own scheme version and facts), so a card of a past
 * evaluation reads exactly as it did.
 */
@ApplicationScoped
public class TierCards {

    @Inject
    TierEvaluations evaluations;

    @Inject
    RuleLookups lookups;

    @Inject
    People people;

    public record ConditionView(String kind, String label, String subject, String requirement, boolean met, String value, String fact) {
    }

    public record NextTier(String tier, String name, String payGrade, int progressPercent, List<ConditionView> conditions,
                           List<ConditionView> missing) {
    }

    public record Card(long employeeId, String employeeName, long evaluationId, String scheme, int schemeVersion,
                       LocalDate evaluatedOn, LocalDate checkedOn, String tier, String tierName, String payGrade,
                       String explanation, List<ConditionView> conditions, NextTier next, List<String> missedRules,
                       List<String> lessons, Integer whatIfAuditPercent, String whatIf, String language) {
    }

    /** The current card (the employee is evaluated afresh first). */
    public Card current(long employeeId, Locale locale) {
        TierEvaluationRecord record = evaluations.current(employeeId)
                .orElseThrow(() -> new NotFoundException("no tier for employee " + employeeId + " (no scheme in force, or inactive)"));
        return of(record, locale);
    }

    public Card of(TierEvaluationRecord record, Locale locale) {
        TierEvaluations.Explained x = evaluations.explain(record);
        Evaluation e = x.evaluation();
        Explainer explainer = new Explainer(locale, lookups.in(locale));
        Explainer.Text text = explainer.explain(e);
        LocalDate day = e.day();
        List<ConditionView> held = e.held().stream().map(c -> view(explainer, c, day)).toList();
        NextTier next = e.next().map(t -> nextTier(explainer, e, t, day)).orElse(null);
        Optional<Integer> auditNeeded = WhatIf.auditScoreForNextTier(e.scheme(), x.facts(), day);
        String whatIf = auditNeeded.map(p -> explainer.whatIfAudit(p, e, WhatIf.nextAudit(e.scheme(), x.facts(), day, p))).orElse(null);
        String name = people.find(record.getEmployeeId()).map(p -> p.getFullName()).orElse("#" + record.getEmployeeId());
        return new Card(record.getEmployeeId(), name, record.getId(), e.scheme().code(), e.scheme().version(),
                record.getEvaluatedOn(), record.getCheckedOn(), e.tier().code(), e.tier().name(explainer.locale()), e.tier().payGrade(),
                text.text(), held, next, text.missedRules(), text.lessons(), auditNeeded.orElse(null), whatIf,
                explainer.locale().getLanguage());
    }

    /** What-if: the tier the employee would hold if their next audit scored {@code percent}. */
    public String whatIfAudit(long employeeId, int percent, Locale locale) {
        TierEvaluationRecord record = evaluations.current(employeeId)
                .orElseThrow(() -> new NotFoundException("no tier for employee " + employeeId));
        TierEvaluations.Explained x = evaluations.explain(record);
        Explainer explainer = new Explainer(locale, lookups.in(locale));
        Evaluation then = WhatIf.nextAudit(x.evaluation().scheme(), x.facts(), x.evaluation().day(), percent);
        return explainer.whatIfAudit(percent, x.evaluation(), then);
    }

    private NextTier nextTier(Explainer explainer, Evaluation e, Tier t, LocalDate day) {
        return new NextTier(t.code(), t.name(explainer.locale()), t.payGrade(), e.progressPercent(),
                e.nextChecks().stream().map(c -> view(explainer, c, day)).toList(),
                e.missing().stream().map(c -> view(explainer, c, day)).toList());
    }

    private static ConditionView view(Explainer explainer, ConditionCheck c, LocalDate day) {
        return new ConditionView(c.condition().kind().yamlName(), explainer.kindLabel(c.condition().kind()), c.condition().subject(),
                explainer.requirement(c.condition()), c.met(), value(c), explainer.fact(c, day));
    }

    /** The value used, as plain data: a percent, a count of months, a date (ISO), or null. */
    static String value(ConditionCheck c) {
        return switch (c.condition().kind()) {
            case EXAM_BEST, EXAM_LATEST, AUDIT_AVERAGE, ROLEPLAY_PASS_RATE -> c.percent() == null ? null : String.valueOf(c.percent());
            case NO_CRITICAL_FAILURES, TIME_IN_ROLE -> String.valueOf(c.count());
            case CERTIFICATION, SHADOWING_PLAN -> c.date() == null ? null : c.date().toString();
        };
    }
}
