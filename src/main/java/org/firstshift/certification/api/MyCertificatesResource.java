package org.firstshift.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.certification.application.CertificateDocuments;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

/**
 * The learner's own certificates: {@code GET /api/me/certificates/{code}.pdf} and
 * {@code GET /api/me/certificates/{code}/badge} (Open Badges 3.0, VC-JWT). Someone else's code
 * answers 404, exactly like an unknown one.
 */
@RequestScoped
@Path("me/certificates")
@RolesAllowed(Role.LEARNER_ROLE)
public class MyCertificatesResource {

    @Inject
    CurrentUser user;

    @Inject
    CertificateDocuments documents;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    private CertificationCycle mine(String code) {
        long me = user.employeeId().orElseThrow(() -> new NotFoundException("no certificate with this code"));
        return documents.forHolder(code, me).orElseThrow(() -> new NotFoundException("no certificate with this code"));
    }

    @GET
    @Path("{code}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code) {
        CertificationCycle cycle = mine(code);
        return Documents.pdf(documents.pdf(cycle, Languages.best(headers.getAcceptableLanguages()), Requests.root(uri)), cycle);
    }

    @GET
    @Path("{code}/badge")
    @Produces(Documents.JWT)
    public Response badge(@PathParam("code") String code) {
        CertificationCycle cycle = mine(code);
        return Documents.badge(documents.badge(cycle, Languages.best(headers.getAcceptableLanguages()), Requests.root(uri)));
    }
}
