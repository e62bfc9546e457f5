package org.firstshift.elearning.xapi.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.json.JsonObject;
import org.firstshift.elearning.xapi.application.LaunchCredentials;
import org.firstshift.elearning.xapi.application.LrsKeys;
import org.firstshift.elearning.xapi.domain.XapiException;
import org.firstshift.platform.api.InvalidInputException;
import java.time.Duration;
import org.firstshift.elearning.xapi.domain.XapiCredential;
import org.firstshift.platform.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * LRS keys for content vendors and tools: {@code GET/POST /api/xapi-keys}, {@code DELETE /api/xapi-keys/{id}}
 * (revoke), {@code POST /api/xapi-keys/launches} (a launch credential for an external launcher). Admins only. The secret is in the answer to POST and nowhere else, ever.
 */
@RequestScoped
@Path("xapi-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class XapiKeyResource {

    @Inject
    LrsKeys keys;

    @Inject
    LaunchCredentials launches;

    @Inject
    Clock clock;

    @jakarta.ws.rs.core.Context
    SecurityContext security;

    public record KeyInput(String name) {
    }

    public record KeyView(long id, String name, String key, String status, String createdBy, Instant createdAt,
                          Instant revokedAt) {
        static KeyView of(XapiCredential c, Instant now) {
            return new KeyView(c.getId(), c.getName(), c.getKeyId(), c.status(now), c.getCreatedBy(), c.getCreatedAt(), c.getRevokedAt());
        }
    }

    /** The answer to POST: the key and its secret, and the ready-made header value. */
    public record NewKeyView(long id, String name, String key, String secret, String authorization, String endpoint) {
    }

    @GET
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<KeyView> list() {
        Instant now = clock.instant();
        return keys.keys().stream().map(c -> KeyView.of(c, now)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response create(KeyInput input) {
        LrsKeys.NewKey created = keys.create(input == null ? null : input.name(), security.getUserPrincipal().getName());
        XapiCredential c = created.credential();
        return Response.status(201).entity(new NewKeyView(c.getId(), c.getName(), c.getKeyId(), created.secret(),
                created.authorization(), "/xapi/")).build();
    }

    /** A launch credential for an external launcher (modules call {@link LaunchCredentials} directly). */
    public record LaunchInput(JsonObject actor, String activityId, String registration, Integer validForMinutes) {
    }

    public record LaunchView(String key, String authorization, Instant expiresAt) {
    }

    @POST
    @Path("launches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response launch(LaunchInput input) {
        if (input == null || input.actor() == null) {
            throw new InvalidInputException("actor", "a launch needs the learner as an xAPI agent");
        }
        if (input.validForMinutes() == null || input.validForMinutes() < 1) {
            throw new InvalidInputException("validForMinutes", "a launch credential needs a lifetime of at least one minute");
        }
        try {
            LaunchCredentials.LaunchCredential c = launches.issue(input.actor(), input.activityId(), input.registration(),
                    Duration.ofMinutes(input.validForMinutes()), security.getUserPrincipal().getName());
            return Response.status(201).entity(new LaunchView(c.keyId(), c.authorization(), c.expiresAt())).build();
        } catch (XapiException e) {
            throw new InvalidInputException("launch", e.getMessage());
        }
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_ROLE)
    public KeyView revoke(@PathParam("id") long id) {
        return KeyView.of(keys.revoke(id), clock.instant());
    }
}
