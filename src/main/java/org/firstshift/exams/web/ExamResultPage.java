package org.firstshift.exams.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.exams.api.ExamViews;
import org.firstshift.exams.application.ExamAttempts;
import org.firstshift.exams.application.ExamCatalog;
import org.firstshift.exams.domain.Exam;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.security.CurrentUser;

import java.time.Clock;

/** The result of one of the learner's own attempts: score per section and, once open, the review. */
@Named
@RequestScoped
public class ExamResultPage {

    @Inject
    ExamAttempts attempts;

    @Inject
    ExamCatalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    @Inject
    Clock clock;

    private Long attempt;
    private ExamViews.AttemptView view;

    public void open() {
        if (attempt == null || user.employeeId().isEmpty()) {
            return;
        }
        try {
            ExamAttempts.Sheet sheet = attempts.read(user.employeeId().get(), attempt);
            Exam exam = catalog.get(sheet.attempt().getExamCode());
            view = ExamViews.of(sheet, attempts, catalog.blueprint(exam), exam.title(language.getLocale()), clock.instant(), language.getLocale());
        } catch (NotFoundException e) {
            view = null; // another learner's attempt looks like no attempt
        }
    }

    public Long getAttempt() { return attempt; }
    public void setAttempt(Long attempt) { this.attempt = attempt; }
    public ExamViews.AttemptView getView() { return view; }
}
