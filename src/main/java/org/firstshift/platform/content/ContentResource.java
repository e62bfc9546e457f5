package org.firstshift.platform.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.platform.security.Role;

import java.io.InputStream;

/**
 * Admins load company content: re-load the configured folder, or upload a folder as a zip.
 * Either everything loads or nothing does (422 lists every problem with file and line).
 */
@RequestScoped
@Path("admin/content")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class ContentResource {

    @Inject
    ContentLoader loader;

    @Inject
    ContentBootstrap bootstrap;

    @POST
    @Path("reload")
    public ContentLoader.LoadReport reload() {
        return loader.load(bootstrap.configuredSource());
    }

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public ContentLoader.LoadReport upload(InputStream zip) {
        return loader.load(ContentArchive.read(zip, "uploaded archive"));
    }
}
