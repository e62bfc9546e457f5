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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.ShadowingLedger;
import org.firstshift.shadowing.application.SignOffs;
import org.firstshift.shadowing.application.TraineeAccess;
import org.firstshift.shadowing.domain.ShadowingRecord;
import org.firstshift.shadowing.domain.SignOffPhoto;

/**
 * {@code POST /api/shadowing/signoffs}: a mentor's sign-off from the phone (JSON, see
 * {@link SignOffInput}). 201 with the stored record; the same client id sent again answers 201 with
 * the same record and {@code Idempotent-Replayed: true}; the same id with a different sign-off is
 * 409. 403 when the caller may not sign off this trainee today, 422 for invalid input.
 */
@RequestScoped
@Path("shadowing/signoffs")
@Produces(MediaType.APPLICATION_JSON)
public class SignOffResource {

    @Inject
    CurrentUser user;

    @Inject
    SignOffs signOffs;

    @Inject
    ShadowingLedger ledger;

    @Inject
    TraineeAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MENTOR_ROLE)
    public Response signOff(SignOffInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInputException("body", "a JSON sign-off is required");
        }
        SignOffs.Outcome outcome = signOffs.signOff(access.employeeOf(user), input.command());
        ShadowingRecord r = outcome.record();
        Response.ResponseBuilder answer = Response.created(uri.getBaseUriBuilder().path("shadowing/signoffs/{id}").build(r.getId()))
                .entity(ShadowingViews.answer(r));
        return (outcome.replayed() ? answer.header("Idempotent-Replayed", "true") : answer).build();
    }

    /** A sign-off's photo, for whoever may read the trainee's shadowing. */
    @GET
    @Path("{id}/photo")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.ADMIN_ROLE})
    public Response photo(@PathParam("id") long id) {
        ShadowingRecord r = ledger.find(id).filter(x -> x.getPhotoId() != null && access.mayRead(user, x.getTraineeId()))
                .orElseThrow(() -> new NotFoundException("no photo for sign-off " + id));
        SignOffPhoto photo = ledger.photo(r.getPhotoId()).orElseThrow(() -> new NotFoundException("no photo for sign-off " + id));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(photo.getBytes(), photo.getContentType()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
