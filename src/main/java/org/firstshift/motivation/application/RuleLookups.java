package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.motivation.domain.Explainer;
import org.firstshift.standards.application.RuleReference;
import org.firstshift.standards.application.Standards;

import java.util.List;
import java.util.Locale;

/**
 * What the explanation needs from the standards module: a rule's published statement as its
 * title, and the lessons that teach it (through the standards {@code RuleReferences} SPI, which the
 * learning module implements).
 */
@ApplicationScoped
public class RuleLookups {
    /** The reference kind under which the learning module lists lessons. */
    static final String LESSON = "lesson";

    @Inject
    Standards standards;

    public Explainer.Lookups in(Locale locale) {
        return new Explainer.Lookups() {
            @Override
            public String ruleTitle(String ruleId) {
                return standards.publishedRule(ruleId).map(r -> r.getStatement().in(locale)).orElse(ruleId);
            }

            @Override
            public List<String> lessonsFor(String ruleId) {
                return standards.referencesTo(ruleId, locale).stream().filter(r -> LESSON.equals(r.kind()))
                        .map(RuleReference::title).distinct().limit(3).toList();
            }
        };
    }
}
