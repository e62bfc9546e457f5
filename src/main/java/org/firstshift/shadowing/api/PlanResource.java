package org.firstshift.shadowing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.shadowing.application.PlanAuthoring;
import org.firstshift.shadowing.application.PlanDraft;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.ShadowingPlans;

import java.util.List;

/**
 * {@code GET /api/shadowing/plans} and {@code /{id}}: shadowing plans with their tasks and rule ids.
 * {@code PUT /api/shadowing/plans/{id}} (authors and admins) creates or replaces a plan:
 * {@code {"title": {"en": ..., "ru": ...}, "summary": {...}, "positions": ["CASHIER"], "tasks": [{"id":
 * "SH-C-GREET", "title": {...}, "watchFor": {...}, "rules": ["GREET-01"], "repetitions": 3}]}}.
 */
@RequestScoped
@Path("shadowing/plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class PlanResource {

    @Inject
    ShadowingPlans plans;

    @Inject
    PlanAuthoring authoring;

    @Context
    HttpHeaders headers;

    @GET
    public List<ShadowingViews.PlanView> all() {
        var locale = Languages.best(headers.getAcceptableLanguages());
        return plans.all().stream().map(p -> ShadowingViews.plan(p, locale)).toList();
    }

    public record Texts(String en, String ru) {
    }

    public record TaskInput(String id, Texts title, Texts watchFor, List<String> rules, Integer repetitions) {
    }

    public record PlanInput(Texts title, Texts summary, List<String> positions, List<TaskInput> tasks) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public ShadowingViews.PlanView save(@PathParam("id") String id, PlanInput in) {
        if (in == null) {
            throw new InvalidInputException("title", "send the plan as JSON");
        }
        List<PlanDraft.Task> tasks = in.tasks() == null ? List.of() : in.tasks().stream()
                .map(t -> new PlanDraft.Task(t.id(), en(t.title()), ru(t.title()), en(t.watchFor()), ru(t.watchFor()),
                        t.rules(), t.repetitions())).toList();
        var plan = authoring.save(new PlanDraft(id, en(in.title()), ru(in.title()), en(in.summary()), ru(in.summary()),
                in.positions(), tasks));
        return ShadowingViews.plan(plan, Languages.best(headers.getAcceptableLanguages()));
    }

    private static String en(Texts t) {
        return t == null ? null : t.en();
    }

    private static String ru(Texts t) {
        return t == null ? null : t.ru();
    }

    @GET
    @Path("{id}")
    public ShadowingViews.PlanView one(@PathParam("id") String id) {
        return plans.byCode(id).map(p -> ShadowingViews.plan(p, Languages.best(headers.getAcceptableLanguages())))
                .orElseThrow(() -> new NotFoundException("no shadowing plan '" + id + "'"));
    }
}
