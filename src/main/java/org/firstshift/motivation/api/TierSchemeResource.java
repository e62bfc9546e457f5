package org.firstshift.motivation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.motivation.application.TierSchemes;
import org.firstshift.motivation.domain.SchemeVersion;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.time.LocalDate;
import java.util.List;

/**
 * Tier scheme versions, HR only: {@code GET /api/tier-schemes} (every version, newest first, with
 * its YAML) and {@code POST /api/tier-schemes} (a new version: the YAML of {@code tiers.yaml} as
 * {@code text/plain} or {@code application/yaml}; its {@code effective_from} says from when).
 * A scheme that does not validate is refused with 422 and every problem with its line.
 */
@RequestScoped
@Path("tier-schemes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class TierSchemeResource {

    @Inject
    TierSchemes schemes;

    @Inject
    CurrentUser user;

    public record SchemeView(long id, String code, int version, LocalDate effectiveFrom, String createdBy, String source) {
        static SchemeView of(SchemeVersion v) {
            return new SchemeView(v.getId(), v.getCode(), v.getVersionNo(), v.getEffectiveFrom(), v.getCreatedBy(), v.getSource());
        }
    }

    @GET
    public List<SchemeView> all() {
        return schemes.all().stream().map(SchemeView::of).toList();
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "application/yaml", "application/x-yaml", "text/yaml"})
    public Response save(String yaml) {
        SchemeVersion saved = schemes.save(yaml, user.getUsername());
        return Response.status(Response.Status.CREATED).entity(SchemeView.of(saved)).build();
    }
}
