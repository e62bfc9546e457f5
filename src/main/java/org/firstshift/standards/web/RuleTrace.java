package org.firstshift.standards.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.web.Pages;
import org.firstshift.standards.application.RuleReference;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;

import java.util.List;

/**
 * A rule's traceability page: the published rule and everything in any module that refers to it
 * (lessons today; scenario choices, exam items and audit lines as those modules arrive).
 */
@Named
@RequestScoped
public class RuleTrace {

    @Inject
    Standards standards;

    @Inject
    LanguageChoice language;

    private String id;
    private Rule rule;
    private List<RuleReference> references;

    public void open() {
        rule = id == null ? null : standards.publishedRule(id.strip()).orElse(null);
        if (rule == null) {
            Pages.notFound();
            return;
        }
        references = standards.referencesTo(rule.getCode(), language.getLocale());
    }

    public Rule getRule() { return rule; }
    public List<RuleReference> getReferences() { return references == null ? List.of() : references; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
