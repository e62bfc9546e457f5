package org.firstshift.integration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.integration.application.ApiTokens;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.time.Clock;
import java.util.List;

/** Service tokens for systems (an HR system's SCIM client, a webhook admin script): admins only. */
@RequestScoped
@Path("service-tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class ServiceTokenResource {

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @GET
    public List<TokenView> list() {
        return tokens.serviceTokens().stream()
                .map(t -> TokenView.of(t, tokens.ownerName(t), clock.instant(), null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenInput in) {
        TokenResource.refuseTokenCallers(request);
        if (in == null) {
            throw new InvalidInputException("body", "a JSON token request is required");
        }
        Account admin = user.account()
                .orElseThrow(() -> new InvalidInputException("authorization", "service tokens are created by an admin's account"));
        ApiTokens.Issued issued = tokens.issueService(admin, in.name(), in.scopes(), in.expiresInDays());
        return Response.status(Response.Status.CREATED)
                .entity(TokenView.of(issued.token(), admin.getUsername(), clock.instant(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    public TokenView revoke(@PathParam("id") long id) {
        var t = tokens.revokeService(id);
        return TokenView.of(t, tokens.ownerName(t), clock.instant(), null);
    }
}
