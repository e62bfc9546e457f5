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

/**
 * Role-play attempts over REST: choose a response (answer: the feedback and the next node), read an attempt.
 * Attempts are the caller's own; another learner's attempt id answers 404.
 */
@RequestScoped
@Path("roleplay-attempts")
@Produces(MediaType.APPLICATION_JSON)
public class RoleplayAttemptResource {

    @Inject
    Roleplays roleplays;

    @Inject
    Debriefs debriefs;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    public record Choice(String responseId) {
    }

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    @POST
    @Path("{id}/choices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.LEARNER_ROLE)
    public RoleplayViews.TurnView choose(@PathParam("id") long attemptId, Choice choice) {
        if (choice == null || choice.responseId() == null || choice.responseId().isBlank()) {
            throw new InvalidInputException("responseId", "the chosen response id is required");
        }
        return RoleplayViews.of(roleplays.choose(user.requireEmployeeId(), attemptId, choice.responseId()), debriefs, locale());
    }

    public record Answer(String text) {
    }

    /** The trainee's own words at a free-text point; their mentor rates them later. */
    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.LEARNER_ROLE)
    public RoleplayViews.TurnView answer(@PathParam("id") long attemptId, Answer answer) {
        return RoleplayViews.of(roleplays.answer(user.requireEmployeeId(), attemptId, answer == null ? null : answer.text()), debriefs, locale());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.LEARNER_ROLE)
    public RoleplayViews.TurnView get(@PathParam("id") long attemptId) {
        return RoleplayViews.of(roleplays.current(user.requireEmployeeId(), attemptId), debriefs, locale());
    }
}
