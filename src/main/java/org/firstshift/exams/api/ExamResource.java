package org.firstshift.exams.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.exams.application.ExamAttempts;
import org.firstshift.exams.application.ExamCatalog;
import org.firstshift.exams.application.LearnerExams;
import org.firstshift.exams.domain.Exam;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The learner's exams: the list, and starting (or resuming) an attempt. */
@RequestScoped
@Path("exams")
@Produces(MediaType.APPLICATION_JSON)
public class ExamResource {

    @Inject
    LearnerExams learnerExams;

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

    @GET
    @RolesAllowed(Role.LEARNER_ROLE)
    public List<ExamViews.ExamView> list() {
        return learnerExams.of(user.requireEmployeeId()).stream().map(o -> new ExamViews.ExamView(o.exam().getCode(), o.exam().title(locale()),
                o.blueprint().questionCount(), o.blueprint().timeLimit().toMinutes(), o.blueprint().attemptsAllowed(),
                o.attempts().size(), o.blueprint().passMark(), o.blueprint().certificationCode(),
                o.open() == null ? null : o.open().getId(), o.best(), o.passed())).toList();
    }

    /** 201 with the new attempt; 200 with the open one when an attempt is already running. */
    @POST
    @Path("{id}/attempts")
    @RolesAllowed(Role.LEARNER_ROLE)
    public Response start(@PathParam("id") String examCode) {
        ExamAttempts.Sheet sheet = attempts.start(user.requireEmployeeId(), examCode);
        Exam exam = catalog.get(examCode);
        ExamViews.AttemptView view = ExamViews.of(sheet, attempts, catalog.blueprint(exam), exam.title(locale()), clock.instant(), locale());
        boolean resumed = sheet.resumed();
        return (resumed ? Response.ok() : Response.created(URI.create("exam-attempts/" + view.id()))).entity(view).build();
    }
}
