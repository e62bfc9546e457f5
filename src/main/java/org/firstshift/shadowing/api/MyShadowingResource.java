package org.firstshift.shadowing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.Confirmations;
import org.firstshift.shadowing.application.ShadowingProgress;
import org.firstshift.shadowing.application.TraineeAccess;
import org.firstshift.shadowing.application.TraineePins;

import java.util.List;
import java.util.Locale;

/**
 * The signed-in learner's own shadowing: {@code GET /api/me/shadowing} (plan, task states, every
 * sign-off and whether it is confirmed), {@code POST /api/me/shadowing/confirmations}
 * ({@code {"signOffIds": [..]}}) and {@code PUT /api/me/shadowing/pin} ({@code {"pin": "4821"}}).
 * There is no id to ask for, so nobody reads another learner's sign-offs here.
 */
@RequestScoped
@Path("me/shadowing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.LEARNER_ROLE)
public class MyShadowingResource {

    @Inject
    CurrentUser user;

    @Inject
    ShadowingProgress progress;

    @Inject
    Confirmations confirmations;

    @Inject
    TraineePins pins;

    @Inject
    TraineeAccess access;

    @Context
    HttpHeaders headers;

    public record ConfirmInput(List<Long> signOffIds) {
    }

    public record PinInput(String pin) {
    }

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    @GET
    public ShadowingViews.ShadowingView mine() {
        return ShadowingViews.shadowing(progress.of(access.employeeOf(user)), locale());
    }

    @POST
    @Path("confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    public ShadowingViews.ConfirmationAnswer confirm(ConfirmInput input) {
        long me = access.employeeOf(user);
        int confirmed = confirmations.confirmOwn(me, input == null ? List.of() : input.signOffIds());
        return new ShadowingViews.ConfirmationAnswer(confirmed, ShadowingViews.shadowing(progress.of(me), locale()));
    }

    @PUT
    @Path("pin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPin(PinInput input) {
        if (input == null) {
            throw new InvalidInputException("pin", "the PIN is required");
        }
        pins.set(access.employeeOf(user), input.pin());
        return Response.noContent().build();
    }
}
