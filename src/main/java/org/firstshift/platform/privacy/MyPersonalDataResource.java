package org.firstshift.platform.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

/** {@code GET /api/me/personal-data}: everyone downloads everything FirstShift keeps about them. */
@RequestScoped
@Path("me/personal-data")
@Produces(MediaType.APPLICATION_JSON)
public class MyPersonalDataResource {

    @Inject
    PersonalDataService service;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public Response mine() {
        long me = user.requireEmployeeId();
        return PersonalDataResource.download(service, me);
    }
}
