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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.motivation.application.TierChanges;
import org.firstshift.motivation.domain.TierChange;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;
import java.util.Locale;

/**
 * Pay-grade eligibility records, HR only: {@code GET /api/tier-changes?status=PENDING|APPROVED|REJECTED|SUPERSEDED},
 * {@code POST /api/tier-changes/{id}/approve}, {@code POST /api/tier-changes/{id}/reject} ({@code {"reason": "..."}}).
 */
@RequestScoped
@Path("tier-changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class TierChangeResource {

    @Inject
    TierChanges changes;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    public record RejectInput(String reason) {
    }

    @GET
    public List<TierViews.ChangeView> list(@QueryParam("status") String status) {
        TierChange.Status s;
        try {
            s = status == null || status.isBlank() ? TierChange.Status.PENDING : TierChange.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "status must be PENDING, APPROVED, REJECTED or SUPERSEDED, not '" + status + "'");
        }
        return changes.withStatus(s).stream().map(this::view).toList();
    }

    @POST
    @Path("{id}/approve")
    public TierViews.ChangeView approve(@PathParam("id") long id) {
        return view(changes.approve(id, user.getUsername()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public TierViews.ChangeView reject(@PathParam("id") long id, RejectInput input) {
        return view(changes.reject(id, input == null ? null : input.reason(), user.getUsername()));
    }

    private TierViews.ChangeView view(TierChange c) {
        return TierViews.change(c, people.find(c.getEmployeeId()).map(Employee::getFullName).orElse(null));
    }
}
