package org.firstshift.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.certification.application.CertificationJob;

/**
 * {@code POST /api/certification/job}: runs the daily certification job now (closing lapsed
 * cycles, sending due reminders) and answers what it did. Safe to repeat: nothing happens twice.
 */
@RequestScoped
@Path("certification/job")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(org.firstshift.platform.security.Role.ADMIN_ROLE)
public class CertificationJobResource {

    @Inject
    CertificationJob job;

    @POST
    public CertificationJob.Run run() {
        return job.runNow();
    }
}
