package org.firstshift.motivation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.motivation.application.TierCards;
import org.firstshift.motivation.application.TierEvaluations;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.Role;

/**
 * {@code GET /api/tier-evaluations/{id}} (HR): a stored evaluation explained exactly as it was,
 * from the scheme version and the facts it stored (not from today's results).
 */
@RequestScoped
@Path("tier-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class TierEvaluationResource {

    @Inject
    TierCards cards;

    @Inject
    TierEvaluations evaluations;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    public TierCards.Card evaluation(@PathParam("id") long id) {
        return cards.of(evaluations.find(id).orElseThrow(() -> new NotFoundException("no tier evaluation " + id)),
                Languages.best(headers.getAcceptableLanguages()));
    }
}
