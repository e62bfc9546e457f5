package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.platform.activity.ActivityFeature;
import org.firstshift.platform.activity.ActivityType;

import java.util.Locale;
import java.util.Set;

/** Exams as an activity in programs: graded, completed by passing. */
@ApplicationScoped
public class ExamActivity implements ActivityType {
    public static final String KEY = "exam";

    @Inject
    ExamCatalog catalog;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<ActivityFeature> features() {
        return Set.of(ActivityFeature.GRADED, ActivityFeature.TRACKS_COMPLETION);
    }

    @Override
    public String nameKey() {
        return "activity.exam";
    }

    @Override
    public String title(String ref, Locale locale) {
        return catalog.byCode(ref).map(e -> e.title(locale)).orElse(ref);
    }

    @Override
    public String learnerView() {
        return "/learner/exam.xhtml";
    }
}
