package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.standards.application.RuleReference;
import org.firstshift.standards.application.RuleReferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Scenario responses that honour or break a rule, for the rule's traceability page. */
@ApplicationScoped
public class ScenarioReferences implements RuleReferences {
    @Inject
    Scenarios scenarios;

    @Override
    public List<RuleReference> referencesTo(String ruleCode, Locale locale) {
        List<RuleReference> refs = new ArrayList<>();
        for (var s : scenarios.all()) {
            var graph = scenarios.graph(s);
            graph.nodes().values().forEach(n -> n.responses().forEach(r -> {
                if (r.honours().contains(ruleCode) || r.breaks().contains(ruleCode)) {
                    refs.add(new RuleReference(r.honours().contains(ruleCode) ? "role-play choice (honours)" : "role-play choice (breaks)",
                            s.getCode() + "/" + r.id(), s.title(locale) + " · " + r.text().in(locale),
                            "/author/scenarios.xhtml?code=" + s.getCode()));
                }
            }));
        }
        return refs;
    }
}
