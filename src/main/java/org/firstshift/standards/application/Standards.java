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
    @Any
    Instance<PublicationImpacts> impactSources;

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

    /**
     * Adds a new rule to a section of the draft. The id must be unused in the draft and in every
     * other standard: lessons, exam items and audit lines name rules by id alone.
     */
    @Transactional
    public void addRule(String code, String sectionCode, RuleDraft rule) {
        StandardVersion draft = draftOf(code);
        String usedIn = all().stream().filter(s -> !s.getCode().equals(code))
                .filter(s -> s.getVersions().stream().anyMatch(v -> v.rule(rule.code()).isPresent()))
                .map(ServiceStandard::getCode).findFirst().orElse(null);
        if (usedIn != null) {
            throw new InvalidInputException("rule", "rule id '" + rule.code() + "' is already used in standard " + usedIn);
        }
        try {
            draft.addRule(sectionCode, rule);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("rule", e.getMessage());
        }
        audit.record("Standard", code, AuditAction.UPDATED, "Added rule " + rule.code() + " to the draft of " + code,
                null, Map.of("rule", rule.code(), "section", sectionCode, "statement_en", rule.statement() == null ? "" : rule.statement().en()));
    }

    /** Changes an existing rule of the draft; its id stays. */
    @Transactional
    public void changeRule(String code, RuleDraft rule) {
        StandardVersion draft = draftOf(code);
        Rule current = draft.rule(rule.code())
                .orElseThrow(() -> new InvalidInputException("rule", "no rule '" + rule.code() + "' in the draft of " + code));
        String before = current.getStatement().en();
        try {
            draft.changeRule(rule);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("rule", e.getMessage());
        }
        audit.record("Standard", code, AuditAction.UPDATED, "Changed rule " + rule.code() + " in the draft of " + code,
                Map.of("rule", rule.code(), "statement_en", before), Map.of("rule", rule.code(), "statement_en", rule.statement().en()));
    }

    private StandardVersion draftOf(String code) {
        return get(code).draft().orElseThrow(() -> new InvalidInputException("version", "start a draft before editing"));
    }

    /** Throws the draft away; the published version stays as it is. */
    @Transactional
    public void discardDraft(String code) {
        ServiceStandard s = get(code);
        StandardVersion draft = s.draft().orElseThrow(() -> new InvalidInputException("version", "there is no draft"));
        s.discardDraft();
        audit.record("Standard", code, AuditAction.UPDATED, "Discarded draft version " + draft.getNumber() + " of " + code, null, null);
    }

    @Transactional
    public void removeRule(String code, String ruleCode) {
        StandardVersion draft = draftOf(code);
        try {
            draft.removeRule(ruleCode);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("rule", e.getMessage());
        }
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

    /**
     * What publishing the draft would touch in other modules. The first version touches nobody:
     * no one can have learned an earlier one.
     */
    public PublicationImpact impactOfPublishing(String code, Locale locale) {
        StandardDiff diff = pendingChanges(code);
        if (get(code).published().isEmpty() || diff.isEmpty()) {
            return PublicationImpact.none();
        }
        return impactSources.stream().map(source -> source.impactOf(diff, locale))
                .reduce(PublicationImpact.none(), PublicationImpact::plus);
    }

    /** Everything in any module that refers to the rule. */
    public List<RuleReference> referencesTo(String ruleCode, Locale locale) {
        List<RuleReference> all = new ArrayList<>();
        referenceSources.forEach(source -> all.addAll(source.referencesTo(ruleCode, locale)));
        return all;
    }
}
