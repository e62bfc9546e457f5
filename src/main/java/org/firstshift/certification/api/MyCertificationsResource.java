package org.firstshift.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.certification.application.Certifications;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;

/**
 * {@code GET /api/me/certifications}: the signed-in learner's certifications: status today, valid
 * until, whether recertification is open, every cycle with its certificate. No id to ask for, so
 * nobody reads another learner's certifications here.
 */
@RequestScoped
@Path("me/certifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.LEARNER_ROLE)
public class MyCertificationsResource {
    static final String DOCUMENTS = "/api/me/certificates/";

    @Inject
    CurrentUser user;

    @Inject
    Certifications certifications;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<CertificationViews.HoldingView> mine() {
        long me = user.requireEmployeeId();
        return certifications.holdingsOf(me).stream()
                .map(h -> CertificationViews.holding(h, Languages.best(headers.getAcceptableLanguages()), DOCUMENTS)).toList();
    }
}
