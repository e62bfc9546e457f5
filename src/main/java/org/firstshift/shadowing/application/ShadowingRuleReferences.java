package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.standards.application.RuleReference;
import org.firstshift.standards.application.RuleReferences;

import java.util.List;
import java.util.Locale;

/** Shadowing tasks that observe a rule, for the rule's traceability page. */
@ApplicationScoped
public class ShadowingRuleReferences implements RuleReferences {
    @Inject
    ShadowingPlans plans;

    @Override
    public List<RuleReference> referencesTo(String ruleCode, Locale locale) {
        return plans.tasksObserving(ruleCode).stream()
                .map(t -> new RuleReference("shadowing", t.getCode(), t.getPlan().getTitle().in(locale) + " · " + t.getTitle().in(locale),
                        "/author/shadowing.xhtml#task-" + t.getCode()))
                .toList();
    }
}
