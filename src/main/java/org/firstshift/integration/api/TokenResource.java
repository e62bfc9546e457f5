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
import org.firstshift.integration.domain.ApiToken;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.FirstShiftAuthentication;
import org.firstshift.platform.security.Role;

import java.time.Clock;
import java.util.List;

/**
 * A person's own tokens: {@code GET/POST /api/tokens}, {@code DELETE /api/tokens/{id}} (revoke).
 * Nobody sees or revokes another person's tokens. A token cannot create tokens: creating needs a
 * password or session sign-in, so a leaked token cannot extend itself.
 */
@RequestScoped
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class TokenResource {

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    static void refuseTokenCallers(HttpServletRequest request) {
        if (request.getAttribute(FirstShiftAuthentication.BY_TOKEN) != null) {
            throw new InvalidInputException("authorization", "tokens are created by a signed-in person, not with a token");
        }
    }

    private Account me() {
        return user.account().filter(a -> !user.getUsername().startsWith(ApiTokens.SERVICE_PREFIX))
                .orElseThrow(() -> new InvalidInputException("authorization", "only a person's account has personal tokens"));
    }

    @GET
    public List<TokenView> mine() {
        Account me = me();
        return tokens.personalOf(me).stream().map(t -> TokenView.of(t, me.getUsername(), clock.instant(), null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenInput in) {
        refuseTokenCallers(request);
        if (in == null) {
            throw new InvalidInputException("body", "a JSON token request is required");
        }
        Account me = me();
        ApiTokens.Issued issued = tokens.issuePersonal(me, in.name(), in.scopes(), in.expiresInDays());
        return Response.status(Response.Status.CREATED)
                .entity(TokenView.of(issued.token(), me.getUsername(), clock.instant(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    public TokenView revoke(@PathParam("id") long id) {
        Account me = me();
        ApiToken t = tokens.revokePersonal(me, id);
        return TokenView.of(t, me.getUsername(), clock.instant(), null);
    }
}
