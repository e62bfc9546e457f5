package org.firstshift.motivation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.motivation.application.Appeals;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;

/**
 * Appeals for HR: {@code GET /api/tier-appeals} (open ones) and
 * {@code POST /api/tier-appeals/{id}/resolve} ({@code {"resolution": "..."}}). Employees appeal at
 * {@code POST /api/me/tier/appeals}.
 */
@RequestScoped
@Path("tier-appeals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class TierAppealResource {

    @Inject
    Appeals appeals;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    public record ResolveInput(String resolution) {
    }

    @GET
    public List<TierViews.AppealView> open() {
        return appeals.open().stream().map(a -> TierViews.appeal(a, name(a.getEmployeeId()))).toList();
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public TierViews.AppealView resolve(@PathParam("id") long id, ResolveInput input) {
        var a = appeals.resolve(id, input == null ? null : input.resolution(), user.getUsername());
        return TierViews.appeal(a, name(a.getEmployeeId()));
    }

    private String name(long id) {
        return people.find(id).map(Employee::getFullName).orElse(null);
    }
}
