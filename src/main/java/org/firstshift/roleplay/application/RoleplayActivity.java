package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.activity.ActivityFeature;
import org.firstshift.platform.activity.ActivityType;

import java.util.Locale;
import java.util.Set;

/** Role-plays as an activity type in programs: graded against the scenario's pass mark. */
@ApplicationScoped
public class RoleplayActivity implements ActivityType {
    public static final String KEY = "roleplay";

    @Inject
    Scenarios scenarios;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<ActivityFeature> features() {
        return Set.of(ActivityFeature.GRADED, ActivityFeature.TRACKS_COMPLETION);
    }

    @Override
    public String nameKey() {
        return "activity.roleplay";
    }

    @Override
    public String title(String ref, Locale locale) {
        return scenarios.byCode(ref).map(s -> s.title(locale)).orElse(ref);
    }

    @Override
    public String learnerView() {
        return "/learner/roleplay.xhtml";
    }

    @Override
    public boolean knows(String ref, ContentContext content) {
        return content.isDeclared(ScenariosContent.SCENARIO, ref) || scenarios.byCode(ref).isPresent();
    }
}
