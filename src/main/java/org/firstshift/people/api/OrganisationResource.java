package org.firstshift.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.people.application.Organisation;
import org.firstshift.platform.security.Role;

import java.util.List;

/** Positions, locations and pay grades (read-only here; HR edits them on the organisation page). */
@jakarta.enterprise.context.RequestScoped
@Path("organisation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class OrganisationResource {

    @Inject
    Organisation organisation;

    public record Named(String code, String en, String ru) {
    }

    @GET
    @Path("positions")
    public List<Named> positions() {
        return organisation.positions().stream().map(p -> new Named(p.getCode(), p.getName().en(), p.getName().ru())).toList();
    }

    @GET
    @Path("locations")
    public List<Named> locations() {
        return organisation.locations().stream().map(l -> new Named(l.getCode(), l.getName().en(), l.getName().ru())).toList();
    }

    @GET
    @Path("pay-grades")
    @RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
    public List<Named> payGrades() {
        return organisation.payGrades().stream().map(g -> new Named(g.getCode(), g.getName().en(), g.getName().ru())).toList();
    }
}
