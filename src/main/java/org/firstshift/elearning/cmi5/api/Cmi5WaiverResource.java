package org.firstshift.elearning.cmi5.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.elearning.cmi5.application.Cmi5Waivers;
import org.firstshift.elearning.cmi5.domain.Cmi5Waiver;
import org.firstshift.people.application.People;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

/**
 * HR or an admin waives a cmi5 AU for a learner: {@code POST /api/cmi5-waivers} with the learner
 * ({@code employeeId} or {@code username}), {@code packageCode}, {@code au} (the AU's seq), a
 * {@code reason} from cmi5's vocabulary and an optional {@code comment}. Answers 201 with the waiver.
 */
@RequestScoped
@Path("cmi5-waivers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class Cmi5WaiverResource {

    @Inject
    Cmi5Waivers waivers;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    public record WaiveRequest(Long employeeId, String username, String packageCode, Integer au, String reason, String comment) {
    }

    public record WaiverView(long employeeId, String packageCode, int au, String registration, String sessionId, String reason,
                             String comment, String waivedBy, String waivedAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response waive(WaiveRequest r) {
        if (r == null || r.packageCode() == null || r.packageCode().isBlank()) {
            throw new InvalidInputException("packageCode", "the package code is required");
        }
        if (r.au() == null) {
            throw new InvalidInputException("au", "the AU (its number in the course) is required");
        }
        long employee;
        if (r.employeeId() != null) {
            employee = people.find(r.employeeId()).orElseThrow(() -> new NotFoundException("no employee " + r.employeeId())).getId();
        } else if (r.username() != null && !r.username().isBlank()) {
            employee = people.byUsername(r.username().strip()).orElseThrow(() -> new NotFoundException("no employee with login " + r.username())).getId();
        } else {
            throw new InvalidInputException("employeeId", "the learner (employeeId or username) is required");
        }
        Cmi5Waiver w = waivers.waive(employee, r.packageCode().strip(), r.au(), r.reason(), r.comment(), user.getUsername());
        return Response.status(201).entity(new WaiverView(w.getEmployeeId(), w.getPackageCode(), w.getAuSeq(), w.getRegistration(),
                w.getSessionId(), w.getReason(), w.getComment(), w.getWaivedBy(), w.getWaivedAt().toString())).build();
    }
}
