package org.firstshift.audits.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.firstshift.learning.application.Courses;
import org.firstshift.learning.application.LessonActivity;
import org.firstshift.learning.domain.Lesson;
import org.firstshift.roleplay.application.RoleplayActivity;
import org.firstshift.roleplay.application.Scenarios;
import org.firstshift.roleplay.domain.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What teaches a rule, asked of the learning and role-play application services: the lessons of
 * published courses that teach it, and the role-play scenarios with a choice that honours or
 * breaks it. Answers are kept for the life of this bean (one visit, one import), so an import of
 * many visits asks once per rule.
 */
@Dependent
public class RemediationCatalogue {

    /** One activity to assign, e.g. lesson L-GREET, and the failed rules it teaches. */
    public record Activity(String typeKey, String ref) {
    }

    @Inject
    Courses courses;

    @Inject
    Scenarios scenarios;

    private final Map<String, List<Activity>> byRule = new HashMap<>();
    private Map<String, Set<String>> scenariosByRule;

    public List<Activity> teaching(String ruleCode) {
        return byRule.computeIfAbsent(ruleCode, rule -> {
            List<Activity> found = new ArrayList<>();
            for (Lesson l : courses.lessonsTeaching(rule)) {
                if (l.getCourse().isPublished()) {
                    found.add(new Activity(LessonActivity.KEY, l.getCode()));
                }
            }
            for (String scenario : scenarioIndex().getOrDefault(rule, Set.of())) {
                found.add(new Activity(RoleplayActivity.KEY, scenario));
            }
            return List.copyOf(found);
        });
    }

    private Map<String, Set<String>> scenarioIndex() {
        if (scenariosByRule == null) {
            scenariosByRule = new HashMap<>();
            for (Scenario s : scenarios.all()) {
                scenarios.graph(s).nodes().values().forEach(n -> n.responses().forEach(r -> {
                    r.honours().forEach(rule -> scenariosByRule.computeIfAbsent(rule, k -> new LinkedHashSet<>()).add(s.getCode()));
                    r.breaks().forEach(rule -> scenariosByRule.computeIfAbsent(rule, k -> new LinkedHashSet<>()).add(s.getCode()));
                }));
            }
        }
        return scenariosByRule;
    }
}
