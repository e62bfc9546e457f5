package org.firstshift.roleplay.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.roleplay.application.Debriefs;
import org.firstshift.roleplay.application.Roleplays;
import org.firstshift.roleplay.application.Scenarios;

import java.util.List;
import java.util.Locale;

/** Role-play scenarios over REST: list them (with the caller's best and last score) and start an attempt. */
@RequestScoped
@Path("scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    @Inject
    Scenarios scenarios;

    @Inject
    Roleplays roleplays;

    @Inject
    Debriefs debriefs;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    public record ScenarioView(String id, String title, String objection, int passMark, Integer best, Integer last, int attempts) {
    }

    public record Choice(String responseId) {
    }

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    @GET
    @RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.AUTHOR_ROLE, Role.HR_ROLE, Role.ADMIN_ROLE})
    public List<ScenarioView> list() {
        Locale locale = locale();
        var employee = user.employeeId();
        return scenarios.all().stream().map(s -> {
            var record = employee.map(id -> roleplays.recordOf(id, s.getCode())).orElse(null);
            return new ScenarioView(s.getCode(), s.title(locale), s.getObjection(), s.getPassMark(),
                    record == null ? null : record.best().orElse(null), record == null ? null : record.last().orElse(null),
                    record == null ? 0 : record.attempts());
        }).toList();
    }

    @POST
    @Path("{id}/attempts")
    @RolesAllowed(Role.LEARNER_ROLE)
    public Response start(@PathParam("id") String scenario, @Context UriInfo uri) {
        RoleplayViews.TurnView turn = RoleplayViews.of(roleplays.start(user.requireEmployeeId(), scenario), debriefs, locale());
        return Response.created(uri.getBaseUriBuilder().path("roleplay-attempts").path(String.valueOf(turn.attemptId())).build())
                .entity(turn).build();
    }
}
