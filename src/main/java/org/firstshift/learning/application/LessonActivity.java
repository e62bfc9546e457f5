package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.activity.ActivityFeature;
import org.firstshift.platform.activity.ActivityType;

import java.util.Set;

/** Lessons as an activity type: read on a phone, completed by passing the knowledge check. */
@ApplicationScoped
public class LessonActivity implements ActivityType {
    public static final String KEY = "lesson";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<ActivityFeature> features() {
        return Set.of(ActivityFeature.TRACKS_COMPLETION, ActivityFeature.GRADED);
    }

    @Override
    public String nameKey() {
        return "activity.lesson";
    }

    @Inject
    Courses courses;

    @Override
    public String title(String ref, java.util.Locale locale) {
        return courses.lesson(ref).map(l -> l.getTitle().in(locale)).orElse(ref);
    }

    @Override
    public String learnerView() {
        return "/learner/lesson.xhtml";
    }

    @Override
    public boolean knows(String ref, ContentContext content) {
        return content.isDeclared(CoursesContent.LESSON, ref) || courses.lesson(ref).isPresent();
    }
}
