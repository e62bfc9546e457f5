package org.firstshift.elearning.cmi5.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.elearning.cmi5.application.Cmi5Launches;

/**
 * The cmi5 fetch URL (spec 8.2): {@code POST /api/cmi5-fetch/<key>}. Open to anyone holding the key
 * (the AU runs sandboxed, without the learner's session); it answers the auth-token once, and
 * error-code 1 afterwards, always with status 200 as the spec demands. Cross-origin, as the
 * sandboxed AU has an opaque origin (see {@link LrsCors}).
 */
@RequestScoped
@Path("cmi5-fetch")
@PermitAll
public class Cmi5FetchResource {

    @Inject
    Cmi5Launches launches;

    @POST
    @Path("{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response fetch(@PathParam("key") String key) {
        Cmi5Launches.Fetched f = launches.fetch(key);
        var body = f.authToken() != null ? Json.createObjectBuilder().add("auth-token", f.authToken())
                : Json.createObjectBuilder().add("error-code", String.valueOf(f.errorCode())).add("error-text", f.errorText());
        return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
