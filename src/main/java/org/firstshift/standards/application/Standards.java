package org.firstshift.standards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.RuleDraft;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardDiff;
import org.firstshift.standards.domain.StandardVersion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Standards use cases: find, start a draft, edit rules in it, publish. Publishing announces
 * {@link StandardPublished} in the same transaction, so refreshers are assigned with it or not at all.
 */
@ApplicationScoped
public class Standards {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<StandardPublished> published;

    @Inject
    @Any
    Instance<RuleReferences> referenceSources;

    @Inject
    Clock clock;

    public List<ServiceStandard> all() {
        return em.createNamedQuery("ServiceStandard.all", ServiceStandard.class).getResultList();
    }

    public Optional<ServiceStandard> byCode(String code) {
        return em.createNamedQuery("ServiceStandard.findByCode", ServiceStandard.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public ServiceStandard get(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("no standard '" + code + "'"));
    }

    /** The published rule with this id in any standard. */
    public Optional<Rule> publishedRule(String ruleCode) {
        return all().stream().flatMap(s -> s.published().stream()).flatMap(v -> v.rule(ruleCode).stream()).findFirst();
    }

    public boolean isPublishedRule(String ruleCode) {
        return publishedRule(ruleCode).isPresent();
    }

    @Transactional
    public ServiceStandard create(String code, LocalizedText title) {
        if (byCode(code).isPresent()) {
            throw new InvalidInputException("code", "a standard '" + code + "' already exists");
        }
        ServiceStandard s = new ServiceStandard(code, title);
        em.persist(s);
        audit.record("Standard", code, AuditAction.CREATED, "Created standard " + code, null, null);
        return s;
    }

    @Transactional
    public StandardVersion startDraft(String code) {
        ServiceStandard s = get(code);
        StandardVersion draft = s.startDraft(null, clock.instant());
        em.flush();
        return draft;
    }

    @Transactional
    public void saveRule(String code, String sectionCode, RuleDraft rule) {
        StandardVersion draft = get(code).draft()
                .orElseThrow(() -> new InvalidInputException("version", "start a draft before editing"));
        try {
            if (draft.rule(rule.code()).isPresent()) {
                draft.changeRule(rule);
            } else {
                draft.addRule(sectionCode, rule);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("rule", e.getMessage());
        }
        audit.record("Standard", code, AuditAction.UPDATED, "Edited rule " + rule.code() + " in the draft of " + code,
                null, Map.of("rule", rule.code(), "statement_en", rule.statement().en()));
    }

    @Transactional
    public void removeRule(String code, String ruleCode) {
        StandardVersion draft = get(code).draft()
                .orElseThrow(() -> new InvalidInputException("version", "start a draft before editing"));
        draft.removeRule(ruleCode);
        audit.record("Standard", code, AuditAction.UPDATED, "Removed rule " + ruleCode + " from the draft of " + code, null, null);
    }

    /** What publishing the current draft would change, for the confirmation page. */
    public StandardDiff pendingChanges(String code) {
        ServiceStandard s = get(code);
        StandardVersion draft = s.draft().orElseThrow(() -> new InvalidInputException("version", "there is no draft"));
        return StandardDiff.between(s.published().orElse(null), draft);
    }

    @Transactional
    public StandardPublished publish(String code) {
        ServiceStandard s = get(code);
        int previous = s.published().map(StandardVersion::getNumber).orElse(0);
        StandardDiff diff;
        try {
            diff = s.publishDraft(clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("version", e.getMessage());
        }
        int number = s.published().orElseThrow().getNumber();
        em.flush();
        audit.record("Standard", code, AuditAction.UPDATED, "Published version " + number + " of " + code
                + " (added " + diff.added() + ", changed " + diff.changed() + ", removed " + diff.removed() + ")", null, null);
        StandardPublished event = new StandardPublished(code, number, previous, diff);
        published.fire(event);
        return event;
    }

    /** Everything in any module that refers to the rule. */
    public List<RuleReference> referencesTo(String ruleCode, Locale locale) {
        List<RuleReference> all = new ArrayList<>();
        referenceSources.forEach(source -> all.addAll(source.referencesTo(ruleCode, locale)));
        return all;
    }
}
