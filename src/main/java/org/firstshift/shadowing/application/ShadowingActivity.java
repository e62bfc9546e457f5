package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.activity.ActivityFeature;
import org.firstshift.platform.activity.ActivityType;

import java.util.Locale;
import java.util.Set;

/**
 * A shadowing plan as an activity of a program ({@code {type: shadowing, ref: <plan id>}}): done on
 * real shifts, signed off by a mentor (also offline), completed when every task is.
 */
@ApplicationScoped
public class ShadowingActivity implements ActivityType {
    public static final String KEY = "shadowing";

    @Inject
    ShadowingPlans plans;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<ActivityFeature> features() {
        return Set.of(ActivityFeature.TRACKS_COMPLETION, ActivityFeature.NEEDS_SIGN_OFF, ActivityFeature.WORKS_OFFLINE);
    }

    @Override
    public String nameKey() {
        return "activity.shadowing";
    }

    @Override
    public String learnerView() {
        return "/learner/shadowing.xhtml";
    }

    @Override
    public String title(String ref, Locale locale) {
        return plans.byCode(ref).map(p -> p.getTitle().in(locale)).orElse(ref);
    }

    @Override
    public boolean knows(String ref, ContentContext content) {
        return content.isDeclared(ShadowingContent.PLAN, ref) || plans.byCode(ref).isPresent();
    }
}
