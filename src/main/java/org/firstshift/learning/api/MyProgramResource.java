package org.firstshift.learning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.learning.application.MyLearning;
import org.firstshift.learning.domain.ProgramPlan;
import org.firstshift.learning.domain.Refresher;
import org.firstshift.platform.activity.ActivityTypes;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/me/program}: the signed-in learner's programs with every activity's status,
 * progress and due date, the overall share done, the next step and open refreshers. Only ever
 * the caller's own data: there is no id to ask for.
 */
@RequestScoped
@Path("me/program")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE})
public class MyProgramResource {

    @Inject
    CurrentUser user;

    @Inject
    MyLearning learning;

    @Inject
    ActivityTypes types;

    @Context
    HttpHeaders headers;

    public record ActivityView(String id, String type, String ref, String title, String status, boolean locked,
                               LocalDate dueOn, boolean overdue, Integer score, String link) {
    }

    public record ProgramView(String id, String title, int percentDone, boolean complete, List<ActivityView> activities) {
    }

    public record RefresherView(long id, String lesson, List<String> rules, LocalDate dueOn) {
    }

    public record NextView(String kind, String program, ActivityView activity, RefresherView refresher) {
    }

    public record MyProgram(long employeeId, String name, LocalDate hireDate, int percentDone, NextView next,
                            List<ProgramView> programs, List<RefresherView> refreshers) {
    }

    @GET
    public MyProgram get() {
        long employeeId = user.requireEmployeeId();
        Locale locale = Languages.best(headers.getAcceptableLanguages());
        MyLearning.Overview o = learning.of(employeeId);
        List<ProgramView> programs = o.plans().stream().map(p -> new ProgramView(p.program().getCode(),
                p.program().getTitle().in(locale), p.percentDone(), p.isComplete(),
                p.steps().stream().map(s -> view(s, locale)).toList())).toList();
        List<RefresherView> refreshers = o.openRefreshers().stream().map(MyProgramResource::view).toList();
        NextView next = o.next().map(n -> n.isRefresher()
                ? new NextView("refresher", null, null, view(n.refresher()))
                : new NextView("activity", n.plan().program().getCode(), view(n.step(), locale), null)).orElse(null);
        return new MyProgram(employeeId, o.employee().getFullName(), o.employee().getHireDate(), o.percentDone(), next,
                programs, refreshers);
    }

    private ActivityView view(ProgramPlan.Step s, Locale locale) {
        var type = types.byKey(s.activity().getTypeKey());
        return new ActivityView(s.activity().getCode(), s.activity().getTypeKey(), s.activity().getRef(),
                type.title(s.activity().getRef(), locale), s.status().name(), s.locked(), s.dueOn(), s.overdue(), s.score(),
                type.learnerView() + "?ref=" + s.activity().getRef());
    }

    private static RefresherView view(Refresher r) {
        return new RefresherView(r.getId(), r.getLessonCode(), r.getRuleCodes(), r.getDueOn());
    }
}
