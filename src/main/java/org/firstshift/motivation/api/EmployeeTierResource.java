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
import org.firstshift.people.application.People;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.Role;

/**
 * HR's view of anyone's tier: {@code GET /api/employees/{id}/tier}, the current card (the
 * employee is evaluated afresh first). Past evaluations: {@link TierEvaluationResource}.
 */
@RequestScoped
@Path("employees/{id}/tier")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class EmployeeTierResource {

    @Inject
    TierCards cards;

    @Inject
    People people;

    @Context
    HttpHeaders headers;

    @GET
    public TierCards.Card of(@PathParam("id") long id) {
        people.get(id);
        return cards.current(id, Languages.best(headers.getAcceptableLanguages()));
    }
}
