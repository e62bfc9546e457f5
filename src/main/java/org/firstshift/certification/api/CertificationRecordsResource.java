package org.firstshift.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.certification.application.CertificateDocuments;
import org.firstshift.certification.application.CertificationGrants;
import org.firstshift.certification.application.CertificationRecords;
import org.firstshift.certification.application.Certifications;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;
import java.util.Locale;

/**
 * HR's view of everyone's certifications, {@code /api/certification/records}:
 * <ul>
 *   <li>{@code GET ?store=STORE-CENTRAL&lapsingWithinDays=60}: holders (with every cycle), one row per
 *       employee and certification; {@code lapsingWithinDays} keeps only those valid now and
 *       ending within that many days, {@code expired=true} only those expired;</li>
 *   <li>{@code GET employees/{id}}: one employee's certifications;</li>
 *   <li>{@code POST cycles/{id}/revoke} {@code {"reason": "..."}}: withdraws a certificate;</li>
 *   <li>{@code GET certificates/{code}.pdf} and {@code GET certificates/{code}/badge}: anyone's.</li>
 * </ul>
 */
@RequestScoped
@Path("certification/records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class CertificationRecordsResource {
    static final String DOCUMENTS = "/api/certification/records/certificates/";

    @Inject
    CertificationRecords records;

    @Inject
    Certifications certifications;

    @Inject
    CertificationGrants grants;

    @Inject
    CertificateDocuments documents;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public record RevokeInput(String reason) {
    }

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    @GET
    public List<CertificationViews.HolderView> holders(@QueryParam("store") String store,
                                                       @QueryParam("lapsingWithinDays") Integer lapsingWithinDays,
                                                       @QueryParam("expired") boolean expired) {
        if (lapsingWithinDays != null && (lapsingWithinDays < 0 || lapsingWithinDays > 366)) {
            throw new InvalidInputException("lapsingWithinDays", "must be 0 to 366");
        }
        Locale locale = locale();
        return records.holders(store, lapsingWithinDays, expired).stream()
                .map(r -> new CertificationViews.HolderView(r.employee().getId(), r.employee().getPersonnelNumber(),
                        r.employee().getFullName(), r.employee().getLocation().getCode(),
                        CertificationViews.holding(r.holding(), locale, DOCUMENTS)))
                .toList();
    }

    @GET
    @Path("employees/{id}")
    public List<CertificationViews.HoldingView> ofEmployee(@PathParam("id") long id) {
        return certifications.holdingsOf(id).stream().map(h -> CertificationViews.holding(h, locale(), DOCUMENTS)).toList();
    }

    @POST
    @Path("cycles/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificationViews.HoldingView revoke(@PathParam("id") long id, RevokeInput input) {
        CertificationCycle cycle = grants.revoke(id, user.getUsername(), input == null ? null : input.reason());
        return certifications.holdingsOf(cycle.getEmployeeId()).stream()
                .filter(h -> h.certification().getCode().equals(cycle.getCertificationCode()))
                .map(h -> CertificationViews.holding(h, locale(), DOCUMENTS)).findFirst().orElseThrow();
    }

    private CertificationCycle any(String code) {
        return documents.forAnyone(code).orElseThrow(() -> new NotFoundException("no certificate with this code"));
    }

    @GET
    @Path("certificates/{code}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code) {
        CertificationCycle cycle = any(code);
        return Documents.pdf(documents.pdf(cycle, locale(), Requests.root(uri)), cycle);
    }

    @GET
    @Path("certificates/{code}/badge")
    @Produces(Documents.JWT)
    public Response badge(@PathParam("code") String code) {
        return Documents.badge(documents.badge(any(code), locale(), Requests.root(uri)));
    }
}
