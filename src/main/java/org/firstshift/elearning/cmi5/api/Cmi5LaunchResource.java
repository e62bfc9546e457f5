package org.firstshift.elearning.cmi5.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.elearning.cmi5.application.Cmi5Launches;
import org.firstshift.elearning.cmi5.domain.LaunchMode;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.net.URLEncoder;
import java.util.List;
import java.nio.charset.StandardCharsets;

/** A learner launches an AU of a cmi5 course: {@code POST /api/cmi5-launches}. */
@RequestScoped
@Path("cmi5-launches")
@Produces(MediaType.APPLICATION_JSON)
public class Cmi5LaunchResource {

    @Inject
    Cmi5Launches launches;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    /**
     * {@code au}: the AU's seq in the package's structure; none: the first AU. {@code launchMode}:
     * Normal (default), Browse, or Review (only for an AU already done).
     */
    public record LaunchRequest(String packageCode, Integer au, String launchMode) {
    }

    public record SessionView(String sessionId, int au, String launchMode, String launchedAt, String endedAt, String ended) {
    }

    public record CourseView(String packageCode, String registration, boolean completed, Integer score, List<SessionView> sessions) {
    }

    /** {@code ownWindow}: the AU wants a window of its own (launchMethod OwnWindow), not FirstShift's player frame. */
    public record LaunchView(String sessionId, String registration, String activityId, int au, String launchUrl, String launchMode,
                             boolean ownWindow) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.LEARNER_ROLE)
    public LaunchView launch(LaunchRequest request) {
        if (request == null || request.packageCode() == null || request.packageCode().isBlank()) {
            throw new InvalidInputException("packageCode", "the package code is required");
        }
        long me = user.requireEmployeeId();
        String lms = lmsBase(uri);
        String returnUrl = lms + "/learner/package.xhtml?ref=" + URLEncoder.encode(request.packageCode(), StandardCharsets.UTF_8);
        LaunchMode mode;
        try {
            mode = LaunchMode.of(request.launchMode());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("launchMode", e.getMessage());
        }
        Cmi5Launches.Launch l = launches.launch(me, request.packageCode(), request.au(), mode, lms, returnUrl);
        return new LaunchView(l.session().getSessionId(), l.session().getRegistration(), l.session().getActivityId(),
                l.session().getAuSeq(), l.launchUrl(), mode.name(), l.ownWindow());
    }

    /** The caller's own sessions of a cmi5 course and whether the course is complete in their learning. */
    @GET
    @Path("{packageCode}")
    @RolesAllowed(Role.LEARNER_ROLE)
    public CourseView mine(@PathParam("packageCode") String packageCode) {
        long me = user.requireEmployeeId();
        Cmi5Launches.Course c = launches.course(me, packageCode);
        return new CourseView(packageCode, c.sessions().isEmpty() ? null : c.sessions().get(0).getRegistration(), c.completed(), c.score(),
                c.sessions().stream().map(s -> new SessionView(s.getSessionId(), s.getAuSeq(), s.getLaunchMode().name(), s.getLaunchedAt().toString(),
                        s.getEndedAt() == null ? null : s.getEndedAt().toString(), s.getEndVerb())).toList());
    }

    /** The application's URL as this request reached it ({@code .../api/} without {@code api/}). */
    static String lmsBase(UriInfo uri) {
        String api = uri.getBaseUri().toString();
        String base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        return base.endsWith("/api") ? base.substring(0, base.length() - 4) : base;
    }
}
