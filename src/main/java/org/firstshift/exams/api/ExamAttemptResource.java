package org.firstshift.exams.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.exams.application.ExamAttempts;
import org.firstshift.exams.application.ExamCatalog;
import org.firstshift.exams.application.ExamRefused;
import org.firstshift.exams.domain.Exam;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A learner's own attempt: read it (questions, saved answers, server time left, result), save one
 * answer, submit. Another learner's attempt id answers 404, as if it did not exist.
 */
@RequestScoped
@Path("exam-attempts")
@Produces(MediaType.APPLICATION_JSON)
public class ExamAttemptResource {

    @Inject
    ExamAttempts attempts;

    @Inject
    ExamCatalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    private ExamViews.AttemptView view(ExamAttempts.Sheet sheet) {
        Exam exam = catalog.get(sheet.attempt().getExamCode());
        return ExamViews.of(sheet, attempts, catalog.blueprint(exam), exam.title(locale()), clock.instant(), locale());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.LEARNER_ROLE)
    public ExamViews.AttemptView get(@PathParam("id") long id) {
        return view(attempts.read(user.requireEmployeeId(), id));
    }

    /** {@code values}: the answer (see the question types); {@code revision}: the answer revision last seen, optional. */
    public record AnswerInput(List<String> values, Long revision) {
    }

    public record SavedView(String questionId, long revision, Instant savedAt, long remainingSeconds, Instant deadline) {
    }

    @PUT
    @Path("{id}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.LEARNER_ROLE)
    public SavedView save(@PathParam("id") long id, @PathParam("questionId") String questionId, AnswerInput input) {
        ExamAttempts.Saved saved = attempts.save(user.requireEmployeeId(), id, questionId, input == null ? null : input.values(),
                input == null ? null : input.revision());
        if (!saved.accepted()) {
            throw new ExamRefused("deadline", "this attempt has closed (" + saved.attempt().getStatus()
                    + "); answers are no longer taken");
        }
        return new SavedView(questionId, saved.revision(), saved.savedAt(), saved.attempt().remaining(clock.instant()).toSeconds(),
                saved.attempt().getDeadline());
    }

    /** Scores the attempt; submitting again returns the same result. */
    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.LEARNER_ROLE)
    public ExamViews.AttemptView submit(@PathParam("id") long id) {
        return view(attempts.submit(user.requireEmployeeId(), id));
    }
}
