package org.firstshift.shadowing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.NewShift;
import org.firstshift.shadowing.application.Shifts;
import org.firstshift.shadowing.domain.ShadowShift;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Shadow shifts for HR: {@code GET /api/shadowing/shifts?from=&to=} (default: today and the next
 * 14 days) and {@code POST /api/shadowing/shifts} with
 * {@code {"traineeId": 1001, "mentorId": 1002, "date": "2026-11-24", "startsAt": "10:00",
 * "endsAt": "19:00", "location": "STORE-CENTRAL"}} (location defaults to the trainee's store).
 * A shift without sign-offs can be moved ({@code PUT /api/shadowing/shifts/{id}} with date, times
 * and store) or cancelled ({@code POST /api/shadowing/shifts/{id}/cancel} with {@code {"reason": ...}}).
 */
@RequestScoped
@Path("shadowing/shifts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class ShiftResource {

    @Inject
    Shifts shifts;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    public record ShiftInput(Long traineeId, Long mentorId, String date, String startsAt, String endsAt, String location) {
    }

    private ShadowingViews.ShiftView view(ShadowShift s) {
        return ShadowingViews.shift(s, id -> people.find(id).map(Employee::getFullName).orElse(null));
    }

    @GET
    public List<ShadowingViews.ShiftView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = from == null ? shifts.today() : date("from", from);
        LocalDate end = to == null ? start.plusDays(14) : date("to", to);
        return shifts.between(start, end).stream().map(this::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(ShiftInput in, @Context UriInfo uri) {
        if (in == null || in.traineeId() == null || in.mentorId() == null) {
            throw new InvalidInputException("traineeId", "trainee and mentor are required");
        }
        ShadowShift s = shifts.schedule(new NewShift(in.traineeId(), in.mentorId(), date("date", in.date()),
                time("startsAt", in.startsAt()), time("endsAt", in.endsAt()), in.location()), user.getUsername());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.getId())).build()).entity(view(s)).build();
    }

    public record CancelInput(String reason) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ShadowingViews.ShiftView reschedule(@PathParam("id") long id, ShiftInput in) {
        if (in == null) {
            throw new InvalidInputException("date", "send the new date, start and end time");
        }
        return view(shifts.reschedule(id, date("date", in.date()), time("startsAt", in.startsAt()),
                time("endsAt", in.endsAt()), in.location()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") long id, CancelInput in) {
        shifts.cancel(id, in == null ? null : in.reason());
        return Response.noContent().build();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "not a date in the form YYYY-MM-DD: '" + text + "'");
        }
    }

    private static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "not a time like 09:30: '" + text + "'");
        }
    }
}
