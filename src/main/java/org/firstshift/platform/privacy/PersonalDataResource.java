package org.firstshift.platform.privacy;

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
import jakarta.ws.rs.core.Response;
import org.firstshift.platform.security.Role;

import java.util.Map;

/**
 * {@code GET /api/employees/{id}/personal-data}
 * (HR and admins) and {@code POST /api/employees/{id}/personal-data/erase} with {@code {"reason": ...}}
 * (admins only, and only for someone who has left).
 */
@RequestScoped
@Path("employees/{id}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    PersonalDataService service;

    public record EraseInput(String reason) {
    }

    @GET
    @RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
    public Response of(@PathParam("id") long id) {
        return download(service, id);
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_ROLE)
    public Map<String, String> erase(@PathParam("id") long id, EraseInput in) {
        return service.erase(id, in == null ? null : in.reason());
    }

    static Response download(PersonalDataService service, long employeeId) {
        return Response.ok(service.export(employeeId))
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + employeeId + ".json\"").build();
    }
}
