package org.firstshift.shadowing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.ShadowingPlans;

import java.util.List;

/** {@code GET /api/shadowing/plans} and {@code /{id}}: shadowing plans with their tasks and rule ids (read-only; authored as content). */
@RequestScoped
@Path("shadowing/plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class PlanResource {

    @Inject
    ShadowingPlans plans;

    @Context
    HttpHeaders headers;

    @GET
    public List<ShadowingViews.PlanView> all() {
        var locale = Languages.best(headers.getAcceptableLanguages());
        return plans.all().stream().map(p -> ShadowingViews.plan(p, locale)).toList();
    }

    @GET
    @Path("{id}")
    public ShadowingViews.PlanView one(@PathParam("id") String id) {
        return plans.byCode(id).map(p -> ShadowingViews.plan(p, Languages.best(headers.getAcceptableLanguages())))
                .orElseThrow(() -> new NotFoundException("no shadowing plan '" + id + "'"));
    }
}
