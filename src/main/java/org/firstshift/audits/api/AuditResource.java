package org.firstshift.audits.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.audits.application.AgencyImport;
import org.firstshift.audits.application.AuditAccess;
import org.firstshift.audits.application.AuditForbidden;
import org.firstshift.audits.application.AuditScores;
import org.firstshift.audits.application.VisitInput;
import org.firstshift.audits.application.Visits;
import org.firstshift.audits.domain.AuditPhoto;
import org.firstshift.audits.domain.AuditVisit;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Audit visits over HTTP.
 * <ul>
 *   <li>{@code POST /api/audits}: submit a visit (JSON, {@link VisitInput}); 201 with the scored
 *       visit; the same {@code clientId} again answers 200 with the same visit.</li>
 *   <li>{@code PUT /api/audits/drafts/{clientId}}: save a draft (the phone's autosave);
 *       {@code GET /api/audits/drafts}: the caller's drafts.</li>
 *   <li>{@code POST /api/audits/drafts/{clientId}/photos?line=SV-LOOK&photoId=...}: a JPEG or PNG
 *       as the raw body (at most 5 MB); {@code GET /api/audits/photos/{id}} serves it to whoever
 *       may read the visit.</li>
 *   <li>{@code POST /api/audits/{id}/corrections}: a new version with {@code reason}.</li>
 *   <li>{@code POST /api/audits/import?agency=CODE[&check=true]}: the agency's CSV or XLSX file as
 *       the raw request body (not multipart: the file streams straight to disk, and curl
 *       {@code --data-binary @file} is all a script needs). {@code check=true} only checks and
 *       previews. A file with any bad row answers 422 listing row, column and problem, and
 *       nothing is written.</li>
 *   <li>{@code GET /api/audits/stats}: per store, per rule, trends (HR, admins, auditors).</li>
 * </ul>
 * Recording and importing are for AUDITOR and ADMIN only.
 */
@RequestScoped
@Path("audits")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    /** Larger agency files are refused before anything is read into the import. */
    public static final long MAX_IMPORT_BYTES = 200L * 1024 * 1024;

    @Inject
    CurrentUser user;

    @Inject
    Visits visits;

    @Inject
    AuditScores scores;

    @Inject
    AuditAccess access;

    @Inject
    AgencyImport agencyImport;

    @Context
    HttpHeaders headers;

    public record CorrectionInput(String reason, VisitInput visit) {
    }

    public record DraftView(long id, String clientId, String status, String savedAt) {
    }

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    public Response submit(VisitInput input, @Context UriInfo uri) {
        boolean replay = input != null && input.clientId() != null
                && visits.byClientId(input.clientId()).filter(AuditVisit::isSubmitted).isPresent();
        AuditVisit v = visits.submit(input, user);
        AuditScores.VisitView view = scores.view(v, true, locale());
        return (replay ? Response.ok(view).header("Idempotent-Replayed", "true")
                : Response.created(uri.getBaseUriBuilder().path("audits/{id}").build(v.getId())).entity(view)).build();
    }

    @PUT
    @Path("drafts/{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    public DraftView saveDraft(@PathParam("clientId") String clientId, VisitInput input) {
        if (input == null || !clientId.equals(input.clientId())) {
            throw new InvalidInputException("clientId", "the body's clientId must be the one in the path");
        }
        AuditVisit v = visits.saveDraft(input, user);
        return new DraftView(v.getId(), v.getClientId(), v.getStatus().name(), v.getSavedAt().toString());
    }

    @GET
    @Path("drafts")
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    public List<DraftView> drafts() {
        return visits.draftsOf(user.getUsername()).stream()
                .map(v -> new DraftView(v.getId(), v.getClientId(), v.getStatus().name(), v.getSavedAt().toString())).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE, Role.HR_ROLE, Role.MENTOR_ROLE, Role.LEARNER_ROLE})
    public AuditScores.VisitView get(@PathParam("id") long id) {
        AuditVisit v = visits.find(id).filter(AuditVisit::isSubmitted).orElseThrow(() -> new NotFoundException("no visit " + id));
        if (!access.mayRead(user, v.getEmployeeId())) {
            throw new NotFoundException("no visit " + id); // do not even confirm that it exists
        }
        return scores.view(v, access.readsAll(user), locale());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE, Role.HR_ROLE})
    public List<AuditScores.VisitView> history(@PathParam("id") long id) {
        AuditVisit v = visits.find(id).filter(AuditVisit::isSubmitted).orElseThrow(() -> new NotFoundException("no visit " + id));
        return visits.history(v).stream().map(h -> scores.view(h, true, locale())).toList();
    }

    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    public Response correct(@PathParam("id") long id, CorrectionInput in, @Context UriInfo uri) {
        if (in == null) {
            throw new InvalidInputException("reason", "a reason and the corrected visit are required");
        }
        AuditVisit v = visits.correct(id, in.visit(), in.reason(), user);
        return Response.created(uri.getBaseUriBuilder().path("audits/{id}").build(v.getId())).entity(scores.view(v, true, locale())).build();
    }

    @POST
    @Path("drafts/{clientId}/photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    public Response photo(@PathParam("clientId") String clientId, @QueryParam("line") String line,
                          @QueryParam("photoId") String photoId, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(AuditPhoto.MAX_BYTES + 1); // never more than the limit plus one byte in memory
        AuditPhoto p = visits.addPhoto(clientId, photoId, line, bytes, user);
        return Response.status(201).entity(new PhotoView(p.getId(), p.getLineCode(), p.getContentType(), p.getByteCount())).build();
    }

    public record PhotoView(long id, String line, String contentType, int bytes) {
    }

    @GET
    @Path("photos/{id}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE, Role.HR_ROLE, Role.MENTOR_ROLE, Role.LEARNER_ROLE})
    public Response servePhoto(@PathParam("id") long id) {
        AuditPhoto p = visits.photo(id).orElseThrow(() -> new NotFoundException("no photo " + id));
        AuditVisit v = visits.find(p.getVisitId()).orElseThrow(() -> new NotFoundException("no photo " + id));
        boolean mine = v.getRecordedBy().equals(user.getUsername());
        if (!mine && !(v.isSubmitted() && access.mayRead(user, v.getEmployeeId()))) {
            throw new NotFoundException("no photo " + id);
        }
        // The type comes from the checked magic bytes; nosniff stops a browser from guessing another.
        return Response.ok(p.getBytes(), p.getContentType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"audit-photo-" + id + (p.getContentType().endsWith("png") ? ".png" : ".jpg") + "\"")
                .header("Cache-Control", "private, max-age=3600").build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM,
            MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    public AgencyImport.Report importFile(@QueryParam("agency") String agency, @QueryParam("check") boolean checkOnly,
                                          @QueryParam("name") String name, InputStream body) throws IOException {
        if (!access.mayRecord(user)) {
            throw new AuditForbidden("only auditors and admins import audit visits");
        }
        if (agency == null || agency.isBlank()) {
            throw new InvalidInputException("agency", "the agency is required (?agency=CODE)");
        }
        java.nio.file.Path file = Files.createTempFile("fs-agency-", ".upload");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                long copied = copy(body, out);
                if (copied == 0) {
                    throw new InvalidInputException("file", "the file is empty");
                }
            }
            String fileName = name == null || name.isBlank() ? "upload" : name;
            return checkOnly ? agencyImport.check(agency, file, fileName, user) : agencyImport.run(agency, file, fileName, user);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_IMPORT_BYTES) {
                throw new InvalidInputException("file", "the file is larger than " + (MAX_IMPORT_BYTES / 1024 / 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    @GET
    @Path("stats")
    @RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    public AuditScores.Stats stats() {
        return scores.stats();
    }
}
