package org.firstshift.audits.api;

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
import org.firstshift.audits.application.AuditAccess;
import org.firstshift.audits.application.AuditScores;
import org.firstshift.people.application.People;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

/**
 * {@code GET /api/employees/{id}/audit-summary}: the employee's visits (current versions), rolling
 * score (last 3 visits within 6 months) and remediation. The employee reads their own, a mentor
 * their current trainees', HR, admins and auditors everyone's; only the last three see who audited.
 * Anyone else gets 403.
 */
@RequestScoped
@Path("employees/{id}/audit-summary")
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeAuditResource {

    @Inject
    CurrentUser user;

    @Inject
    AuditAccess access;

    @Inject
    AuditScores scores;

    @Inject
    People people;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    public AuditScores.EmployeeSummary summary(@PathParam("id") long id) {
        access.requireRead(user, id);
        if (people.find(id).isEmpty()) {
            throw new NotFoundException("no employee " + id);
        }
        return scores.ofEmployee(id, access.readsAll(user), Languages.best(headers.getAcceptableLanguages()));
    }
}
