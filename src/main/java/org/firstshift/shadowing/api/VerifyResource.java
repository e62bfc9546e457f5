package org.firstshift.shadowing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.ChainVerification;

/**
 * {@code GET /api/shadowing/verify}: walks every trainee's chain of sign-offs, corrections and
 * confirmations; {@code intact} is true when nothing was changed or removed, otherwise
 * {@code broken} names, per trainee, the first record that does not match and why. Always 200:
 * a broken chain is a finding, not an error of the request.
 */
@RequestScoped
@Path("shadowing/verify")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class VerifyResource {

    @Inject
    ChainVerification verification;

    public record VerifyView(boolean intact, java.time.Instant checkedAt, int chains, int records,
                             java.util.List<ChainVerification.BrokenChain> broken) {
    }

    @GET
    public VerifyView verify() {
        ChainVerification.ChainReport r = verification.verifyAll();
        return new VerifyView(r.intact(), r.checkedAt(), r.chains(), r.records(), r.broken());
    }
}
