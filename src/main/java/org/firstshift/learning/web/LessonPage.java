package org.firstshift.learning.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.learning.application.Courses;
import org.firstshift.learning.application.LessonActivity;
import org.firstshift.learning.application.LessonChecks;
import org.firstshift.learning.application.Progress;
import org.firstshift.learning.domain.CheckResult;
import org.firstshift.learning.domain.Lesson;
import org.firstshift.learning.domain.LessonQuestion;
import org.firstshift.learning.domain.ProgramActivity;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.text.SafeMarkdown;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading a lesson on a phone and taking its knowledge check. Opening the lesson marks it in
 * progress; passing the check completes it. Feedback explains each wrong answer.
 */
@Named
@ViewScoped
public class LessonPage implements Serializable {

    @Inject
    Courses courses;

    @Inject
    Progress progress;

    @Inject
    LessonChecks checks;

    @Inject
    Standards standards;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    private String ref;
    private final Map<Integer, Integer> answers = new HashMap<>();
    private CheckResult result;
    private boolean completed;
    private String lockedBy;

    public void open() {
        Optional<Lesson> lesson = lesson();
        if (lesson.isEmpty() || user.employeeId().isEmpty()) {
            return;
        }
        long me = user.employeeId().get();
        List<ProgramActivity> missing = checks.missingPrerequisites(me, ref);
        lockedBy = missing.isEmpty() ? null : String.join(", ", missing.stream()
                .map(req -> courses.lesson(req.getRef()).map(l -> l.getTitle().in(language.getLocale())).orElse(req.getRef()))
                .toList());
        if (lockedBy == null) {
            completed = progress.started(me, LessonActivity.KEY, ref).isCompleted();
        }
    }

    public Optional<Lesson> lesson() {
        return ref == null ? Optional.empty() : courses.publishedLesson(ref);
    }

    public Lesson getLesson() {
        return lesson().orElse(null);
    }

    public String getBodyHtml() {
        return lesson().map(l -> SafeMarkdown.toHtml(l.body(language.getLocale()))).orElse("");
    }

    public List<Rule> getRules() {
        return lesson().map(l -> l.getTeaches().stream().flatMap(code -> standards.publishedRule(code).stream()).toList())
                .orElse(List.of());
    }

    public List<SelectItem> options(LessonQuestion q) {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < q.getOptions().size(); i++) {
            items.add(new SelectItem(i + 1, q.getOptions().get(i).text(language.getLocale())));
        }
        return items;
    }

    public void check() {
        Lesson lesson = getLesson();
        if (lesson == null || lockedBy != null) {
            return;
        }
        LessonChecks.Outcome outcome = checks.check(user.employeeId().orElseThrow(), ref, answers);
        result = outcome.result();
        completed = outcome.completed();
    }

    /** Feedback for one question after a check: right/wrong and the chosen option's "why". */
    public String feedback(LessonQuestion q) {
        if (result == null) {
            return null;
        }
        Integer chosen = answers.get(q.getOrdinal());
        if (chosen == null) {
            return null;
        }
        return q.option(chosen).why(language.getLocale());
    }

    public Boolean correct(LessonQuestion q) {
        if (result == null) {
            return null;
        }
        return result.questions().stream().filter(r -> r.question() == q.getOrdinal()).findFirst()
                .map(CheckResult.QuestionResult::correct).orElse(false);
    }

    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public Map<Integer, Integer> getAnswers() { return answers; }
    public CheckResult getResult() { return result; }
    public boolean isCompleted() { return completed; }
    public String getLockedBy() { return lockedBy; }
}
