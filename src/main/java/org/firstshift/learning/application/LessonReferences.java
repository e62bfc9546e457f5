package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.standards.application.RuleReference;
import org.firstshift.standards.application.RuleReferences;

import java.util.List;
import java.util.Locale;

/** Lessons that teach a rule, for the rule's traceability page. */
@ApplicationScoped
public class LessonReferences implements RuleReferences {
    @Inject
    Courses courses;

    @Override
    public List<RuleReference> referencesTo(String ruleCode, Locale locale) {
        return courses.lessonsTeaching(ruleCode).stream()
                .map(l -> new RuleReference("lesson", l.getCode(), l.getCourse().getTitle().in(locale) + " · " + l.getTitle().in(locale),
                        "/author/course.xhtml?code=" + l.getCourse().getCode() + "#" + l.getCode()))
                .toList();
    }
}
