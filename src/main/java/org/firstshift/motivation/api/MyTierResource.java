package org.firstshift.motivation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.motivation.application.Appeals;
import org.firstshift.motivation.application.TierCards;
import org.firstshift.motivation.domain.TierAppeal;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;
import java.util.Locale;

/**
 * The signed-in employee's own tier: {@code GET /api/me/tier} (tier, pay grade, the explanation
 * in the request's language, each condition met or not with the value used, the next tier with
 * what is missing), {@code POST /api/me/tier/what-if} ({@code {"auditPercent": 95}}) and
 * {@code POST /api/me/tier/appeals} ({@code {"comment": "..."}}), {@code GET /api/me/tier/appeals}.
 * There is no id to ask for: nobody reads another employee's tier here.
 */
@RequestScoped
@Path("me/tier")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class MyTierResource {

    @Inject
    CurrentUser user;

    @Inject
    TierCards cards;

    @Inject
    Appeals appeals;

    @Context
    HttpHeaders headers;

    public record WhatIfInput(Integer auditPercent) {
    }

    public record WhatIfAnswer(int auditPercent, String text) {
    }

    public record AppealInput(String comment) {
    }

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    @GET
    public TierCards.Card mine() {
        return cards.current(user.requireEmployeeId(), locale());
    }

    @POST
    @Path("what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    public WhatIfAnswer whatIf(WhatIfInput input) {
        if (input == null || input.auditPercent() == null || input.auditPercent() < 0 || input.auditPercent() > 100) {
            throw new InvalidInputException("auditPercent", "auditPercent must be a whole number from 0 to 100");
        }
        return new WhatIfAnswer(input.auditPercent(), cards.whatIfAudit(user.requireEmployeeId(), input.auditPercent(), locale()));
    }

    @POST
    @Path("appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appeal(AppealInput input) {
        TierAppeal a = appeals.open(user.requireEmployeeId(), input == null ? null : input.comment());
        return Response.status(Response.Status.CREATED).entity(TierViews.appeal(a, null)).build();
    }

    @GET
    @Path("appeals")
    public List<TierViews.AppealView> myAppeals() {
        return appeals.ofEmployee(user.requireEmployeeId()).stream().map(a -> TierViews.appeal(a, null)).toList();
    }
}
