package org.firstshift.shadowing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.shadowing.application.ShadowingPlans;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.standards.application.Standards;

import java.util.List;

/** Authors' read-only view of the shadowing plans (they are edited as content files). */
@Named
@RequestScoped
public class ShadowingPlansPage {

    @Inject
    ShadowingPlans plans;

    @Inject
    Standards standards;

    @Inject
    LanguageChoice language;

    public List<ShadowingPlan> getPlans() {
        return plans.all();
    }

    /** The rule's statement in the page's language, for the rule id's tooltip and list. */
    public String statement(String ruleCode) {
        return standards.publishedRule(ruleCode).map(r -> r.getStatement().in(language.getLocale())).orElse("");
    }
}
