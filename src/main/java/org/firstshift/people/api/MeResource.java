package org.firstshift.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;

/** {@code GET /api/me}: the signed-in person's id, name, roles and language. */
@jakarta.enterprise.context.RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    People people;

    public record Me(Long id, String username, String name, List<String> roles, String language,
                     String position, String location, String home) {
    }

    @GET
    public Me me() {
        Employee e = user.employeeId().flatMap(people::find).orElse(null);
        return new Me(e == null ? null : e.getId(), user.getUsername(), e == null ? user.getUsername() : e.getFullName(),
                user.getRoles().stream().map(Enum::name).toList(), e == null ? "en" : e.getLanguage(),
                e == null ? null : e.getPosition().getCode(), e == null ? null : e.getLocation().getCode(), user.homePage());
    }
}
