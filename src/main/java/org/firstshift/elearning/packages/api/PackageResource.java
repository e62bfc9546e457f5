package org.firstshift.elearning.packages.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.elearning.packages.application.PackageAttempts;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.application.PackageImport;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageAttempt;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Package upload and catalogue. {@code POST /api/packages} takes multipart/form-data with the
 * package in the part {@code file} (a SCORM or cmi5 zip, or a bare cmi5.xml) and an optional
 * {@code code}; 201 with the created activity, or 422 with every problem and nothing stored.
 */
@RequestScoped
@Path("packages")
@Produces(MediaType.APPLICATION_JSON)
public class PackageResource {

    @Inject
    PackageImport importer;

    @Inject
    PackageCatalog catalog;

    @Inject
    PackageAttempts attempts;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public Response upload(List<EntityPart> parts, @Context UriInfo uri) throws IOException {
        EntityPart file = null;
        String code = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("file".equals(part.getName())) {
                file = part;
            } else if ("code".equals(part.getName())) {
                code = part.getContent(String.class).trim();
            }
        }
        if (file == null) {
            throw new InvalidInputException("file", "the multipart form needs a part named 'file' with the package");
        }
        byte[] bytes;
        try (InputStream in = file.getContent()) {
            // One byte past the limit is enough to know the upload is too large; never read more.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, importer.limits().maxUploadBytes() + 1));
        }
        String type = file.getMediaType() == null ? null : file.getMediaType().toString();
        ElearningPackage p = importer.upload(file.getFileName().orElse("upload"), type, bytes, code,
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(p.getCode()).build())
                .entity(PackageViews.PackageView.of(p, catalog.items(p.getId()))).build();
    }

    @GET
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ElearningPackage p : catalog.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.getCode());
            m.put("kind", p.getKind().name());
            m.put("title", p.getTitle());
            out.add(m);
        }
        return out;
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.LEARNER_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public PackageViews.PackageView one(@PathParam("code") String code) {
        ElearningPackage p = catalog.byCode(code).orElseThrow(() -> new NotFoundException("no package " + code));
        return PackageViews.PackageView.of(p, catalog.items(p.getId()));
    }

    /**
     * "Why isn't this complete?" for an admin or HR: the raw values behind an employee's result on
     * each SCO of the package.
     */
    @GET
    @Path("{code}/learners/{employeeId}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.HR_ROLE})
    public List<Map<String, Object>> explain(@PathParam("code") String code, @PathParam("employeeId") long employeeId) {
        ElearningPackage p = catalog.byCode(code).orElseThrow(() -> new NotFoundException("no package " + code));
        List<Map<String, Object>> out = new ArrayList<>();
        catalog.launchable(p.getId()).forEach(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", i.getIdentifier());
            m.put("title", i.getTitle());
            PackageAttempt a = attempts.latest(employeeId, p.getId(), i.getSeq()).orElse(null);
            m.put("attempted", a != null);
            if (a != null) {
                m.put("values", AttemptViews.explain(a, p.getKind()));
                m.put("completed", a.model(p.getKind()).status().completed());
            }
            out.add(m);
        });
        return out;
    }
}
