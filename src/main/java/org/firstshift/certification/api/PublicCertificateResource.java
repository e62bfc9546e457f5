package org.firstshift.certification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.certification.application.Verification;
import org.firstshift.certification.application.VerificationThrottle;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.api.Problem;
import org.firstshift.platform.i18n.Languages;

/**
 * {@code GET /api/certificates/{code}}: public verification, no sign-in: holder's name,
 * certification, validity dates and status, nothing else. Malformed and unknown codes get the same
 * 404; each client may look up a limited number of codes a minute (429 beyond).
 */
@RequestScoped
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicCertificateResource {

    @Inject
    Verification verification;

    @Inject
    VerificationThrottle throttle;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{code}")
    public Response verify(@PathParam("code") String code) {
        if (!throttle.allow(request.getRemoteAddr())) {
            return Problem.response(429, "Too many requests", "Too many certificate lookups; try again in a minute.",
                    java.util.List.of()).header("Retry-After", "60").build();
        }
        Verification.Verified v = verification.verify(code).orElseThrow(() -> new NotFoundException("no certificate with this code"));
        return Response.ok(CertificationViews.publicView(v, Languages.best(headers.getAcceptableLanguages())))
                .header("Cache-Control", "no-store").build();
    }
}
