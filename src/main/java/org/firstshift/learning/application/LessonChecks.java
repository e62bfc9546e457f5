package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.learning.domain.CheckResult;
import org.firstshift.learning.domain.Lesson;
import org.firstshift.learning.domain.ProgramActivity;
import org.firstshift.learning.domain.ProgramPlan;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;

import java.util.List;
import java.util.Map;

/**
 * A learner answers a lesson's knowledge check: the lesson page and {@code POST
 * /api/me/lessons/{code}/check} both come here, so both refuse a lesson still locked behind
 * earlier steps of the learner's program and both record progress the same way.
 */
@ApplicationScoped
public class LessonChecks {

    @Inject
    Courses courses;

    @Inject
    MyLearning learning;

    @Inject
    Progress progress;

    /** The outcome of one attempt; {@code completed} stays true once the lesson was ever passed. */
    public record Outcome(String lesson, CheckResult result, boolean completed) {
    }

    /** The program activities that must be completed before this lesson opens (none: it is open). */
    public List<ProgramActivity> missingPrerequisites(long employeeId, String lessonCode) {
        return learning.of(employeeId).plans().stream().flatMap(p -> p.steps().stream())
                .filter(s -> s.activity().getTypeKey().equals(LessonActivity.KEY) && s.activity().getRef().equals(lessonCode) && s.locked())
                .findFirst().map(ProgramPlan.Step::activity)
                .map(a -> a.getRequires().stream().flatMap(code -> a.getProgram().activity(code).stream()).toList())
                .orElse(List.of());
    }

    /** Grades the answers (question number to option number, both from 1) and records the attempt. */
    public Outcome check(long employeeId, String lessonCode, Map<Integer, Integer> answers) {
        Lesson lesson = courses.publishedLesson(lessonCode).orElseThrow(() -> new NotFoundException("no lesson '" + lessonCode + "'"));
        List<ProgramActivity> missing = missingPrerequisites(employeeId, lessonCode);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("lesson", "lesson " + lessonCode + " opens after "
                    + String.join(", ", missing.stream().map(ProgramActivity::getRef).toList()));
        }
        CheckResult result = lesson.grade(answers);
        boolean completed = progress.attempted(employeeId, LessonActivity.KEY, lessonCode, result.score(), result.passed()).isCompleted();
        return new Outcome(lessonCode, result, completed);
    }
}
