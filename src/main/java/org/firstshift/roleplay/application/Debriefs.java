package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.learning.application.Courses;
import org.firstshift.roleplay.domain.Node;
import org.firstshift.roleplay.domain.RoleplayAttempt;
import org.firstshift.roleplay.domain.Scenario;
import org.firstshift.standards.application.Standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The end of a role-play explained: the outcome, score against the pass mark, the rules honoured
 * and missed in plain words, and the lessons that teach the missed rules.
 */
@ApplicationScoped
public class Debriefs {

    @Inject
    Scenarios scenarios;

    @Inject
    Standards standards;

    @Inject
    Courses courses;

    public record RuleLine(String id, String statement) {
    }

    public record LessonLink(String code, String title, String link) {
    }

    public record Debrief(String outcome, boolean good, String ending, String lesson, int percent, int passMark, boolean passed,
                          List<RuleLine> honoured, List<RuleLine> missed, List<LessonLink> lessons) {
    }

    public Debrief of(RoleplayAttempt attempt, Locale locale) {
        if (!attempt.isFinished()) {
            throw new IllegalStateException("the role-play has not ended yet");
        }
        Scenario s = scenarios.get(attempt.getScenarioCode());
        Node end = scenarios.graph(s).node(attempt.getCurrentNode()).orElseThrow();
        List<LessonLink> lessons = new ArrayList<>();
        for (String rule : attempt.rulesMissed()) {
            courses.lessonsTeaching(rule).stream().filter(l -> l.getCourse().isPublished())
                    .filter(l -> lessons.stream().noneMatch(x -> x.code().equals(l.getCode())))
                    .forEach(l -> lessons.add(new LessonLink(l.getCode(), l.getTitle().in(locale), "/learner/lesson.xhtml?ref=" + l.getCode())));
        }
        return new Debrief(attempt.getOutcome().name(), attempt.getOutcome().isGood(), end.text().in(locale),
                end.debrief().in(locale), attempt.percent(), s.getPassMark(), attempt.passed(s.getPassMark()),
                lines(attempt.rulesHonoured(), locale), lines(attempt.rulesMissed(), locale), lessons);
    }

    private List<RuleLine> lines(java.util.Set<String> ids, Locale locale) {
        return ids.stream().map(id -> new RuleLine(id, standards.publishedRule(id).map(r -> r.getStatement().in(locale)).orElse(id))).toList();
    }
}
