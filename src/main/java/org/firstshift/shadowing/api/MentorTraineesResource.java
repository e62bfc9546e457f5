package org.firstshift.shadowing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.ShadowingProgress;
import org.firstshift.shadowing.application.TraineeAccess;

import java.util.List;

/**
 * {@code GET /api/mentor/trainees}: the trainees the signed-in mentor shadows today (a shift today
 * and an active mentor assignment), each with the shift, the open tasks and the sign-offs still
 * waiting for the trainee's confirmation.
 */
@RequestScoped
@Path("mentor/trainees")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MENTOR_ROLE)
public class MentorTraineesResource {

    @Inject
    CurrentUser user;

    @Inject
    ShadowingProgress progress;

    @Inject
    People people;

    @Inject
    TraineeAccess access;

    @Context
    HttpHeaders headers;

    @GET
    public List<ShadowingViews.MentorTraineeView> today() {
        var locale = Languages.best(headers.getAcceptableLanguages());
        return progress.todayFor(access.employeeOf(user)).stream()
                .map(d -> ShadowingViews.mentorDay(d, id -> people.find(id).map(Employee::getFullName).orElse(null), locale))
                .toList();
    }
}
