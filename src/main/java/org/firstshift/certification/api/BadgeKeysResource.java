package org.firstshift.certification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.certification.application.BadgeKeys;
import org.firstshift.certification.application.VerificationLinks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Public, for verifiers of Open Badges: {@code GET /api/certification/badges/jwks.json} (the public badge
 * key as a JWK set) and {@code GET /api/certification/badges/issuer} (the issuer profile).
 */
@RequestScoped
@Path("certification/badges")
@PermitAll
public class BadgeKeysResource {

    @Inject
    BadgeKeys keys;

    @Inject
    VerificationLinks links;

    @Context
    UriInfo uri;

    @GET
    @Path("jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        // JWKSet.toString() publishes public keys only.
        return Response.ok(keys.publicKeys().toString(true), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> issuer() {
        String root = links.root(Requests.root(uri));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", List.of("https://www.w3.org/2018/credentials/v1",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        profile.put("id", root + "api/certification/badges/issuer");
        profile.put("type", List.of("Profile"));
        profile.put("name", links.issuerName());
        profile.put("url", root);
        return profile;
    }
}
