package org.firstshift.shadowing.api;

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
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.Confirmations;
import org.firstshift.shadowing.application.ShadowingProgress;
import org.firstshift.shadowing.application.TraineeAccess;

import java.util.List;

/**
 * One trainee's shadowing for their mentor, HR and admins: {@code GET /api/shadowing/trainees/{id}};
 * and {@code POST /api/shadowing/trainees/{id}/pin-confirmations} ({@code {"pin": "4821",
 * "signOffIds": [..]}}), by which the trainee confirms on the mentor's phone.
 */
@RequestScoped
@Path("shadowing/trainees/{traineeId}")
@Produces(MediaType.APPLICATION_JSON)
public class TraineeShadowingResource {

    @Inject
    CurrentUser user;

    @Inject
    ShadowingProgress progress;

    @Inject
    Confirmations confirmations;

    @Inject
    TraineeAccess access;

    @Context
    HttpHeaders headers;

    public record PinConfirmInput(String pin, List<Long> signOffIds) {
    }

    @GET
    @RolesAllowed({Role.MENTOR_ROLE, Role.HR_ROLE, Role.ADMIN_ROLE})
    public ShadowingViews.ShadowingView get(@PathParam("traineeId") long traineeId) {
        access.checkRead(user, traineeId);
        return ShadowingViews.shadowing(progress.of(traineeId), Languages.best(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("pin-confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MENTOR_ROLE)
    public ShadowingViews.ConfirmationAnswer confirmWithPin(@PathParam("traineeId") long traineeId, PinConfirmInput input) {
        if (input == null) {
            throw new InvalidInputException("pin", "the PIN and the sign-offs to confirm are required");
        }
        int confirmed = confirmations.confirmWithPin(access.employeeOf(user), traineeId, input.pin(), input.signOffIds());
        return new ShadowingViews.ConfirmationAnswer(confirmed,
                ShadowingViews.shadowing(progress.of(traineeId), Languages.best(headers.getAcceptableLanguages())));
    }
}
