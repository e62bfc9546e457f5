package org.firstshift.integration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.integration.lti.LoginInitiation;
import org.firstshift.integration.lti.LtiPlatforms;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;

/**
 * LTI 1.3 for admins: the platforms that may launch FirstShift (register, change, switch off and
 * on) and the tool's own addresses to enter at a platform.
 */
@RequestScoped
@Path("lti")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class LtiPlatformResource {

    @Inject
    LtiPlatforms platforms;

    @Inject
    LoginInitiation logins;

    @Inject
    CurrentUser user;

    @Inject
    org.firstshift.integration.lti.ScoreOutbox scores;

    /** A score sent (or being sent) to a platform's line item. */
    public record ScoreView(long id, long linkId, double scoreGiven, double scoreMaximum, String activityProgress,
                            String gradingProgress, java.time.Instant scoredAt, String status, int attempts,
                            Integer lastStatus, String lastError, java.time.Instant createdAt, java.time.Instant sentAt) {
    }

    /** The latest scores sent back to platforms, with their status and last error. */
    @GET
    @Path("scores")
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<ScoreView> scores() {
        return scores.recent(100).stream().map(s -> new ScoreView(s.getId(), s.getLinkId(), s.getScoreGiven(),
                s.getScoreMaximum(), s.getActivityProgress(), s.getGradingProgress(), s.getScoredAt(),
                s.getDelivery().getStatus().name(), s.getDelivery().getAttempts(), s.getDelivery().getLastStatus(),
                s.getDelivery().getLastError(), s.getCreatedAt(), s.getDelivery().getDeliveredAt())).toList();
    }

    @GET
    @Path("tool")
    @RolesAllowed(Role.ADMIN_ROLE)
    public LtiToolView tool() {
        String launch = logins.launchUrl();
        String base = launch.substring(0, launch.length() - "launch".length());
        return new LtiToolView(base + "login", launch, launch, launch, base + "jwks", "activity=lesson:L-GREET");
    }

    @GET
    @Path("platforms")
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<LtiPlatformView> list() {
        return platforms.all().stream().map(LtiPlatformView::of).toList();
    }

    @POST
    @Path("platforms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response register(LtiPlatforms.Registration in) {
        return Response.status(Response.Status.CREATED)
                .entity(LtiPlatformView.of(platforms.register(in, user.getUsername()))).build();
    }

    @GET
    @Path("platforms/{id}")
    @RolesAllowed(Role.ADMIN_ROLE)
    public LtiPlatformView get(@PathParam("id") long id) {
        return LtiPlatformView.of(platforms.get(id));
    }

    @PUT
    @Path("platforms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_ROLE)
    public LtiPlatformView change(@PathParam("id") long id, LtiPlatforms.Registration in) {
        return LtiPlatformView.of(platforms.change(id, in));
    }

    /** Switches the platform off: its launches and scores are refused until it is switched on again. */
    @DELETE
    @Path("platforms/{id}")
    @RolesAllowed(Role.ADMIN_ROLE)
    public LtiPlatformView switchOff(@PathParam("id") long id) {
        return LtiPlatformView.of(platforms.setActive(id, false));
    }

    @POST
    @Path("platforms/{id}/active")
    @RolesAllowed(Role.ADMIN_ROLE)
    public LtiPlatformView switchOn(@PathParam("id") long id) {
        return LtiPlatformView.of(platforms.setActive(id, true));
    }
}
