package org.firstshift.shadowing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.platform.security.Role;
import org.firstshift.shadowing.application.ShadowingReport;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/shadowing/report} for HR: completion per store, sign-offs per mentor in the last
 * 30 days, and each mentor's share of INDEPENDENTLY ratings against their store's average.
 */
@RequestScoped
@Path("shadowing/report")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class ShadowingReportResource {

    @Inject
    ShadowingReport report;

    public record StoreView(String store, int trainees, int complete, int averagePercent, int awaitingConfirmation) {
    }

    public record MentorView(long mentorId, String name, String store, long signOffs, long trainees, Instant last) {
    }

    public record CalibrationView(long mentorId, String name, String store, long ratings, int independentPercent,
                                  int storeAveragePercent, int difference) {
    }

    public record ReportView(List<StoreView> stores, int activityDays, List<MentorView> mentors, List<CalibrationView> calibration) {
    }

    @GET
    public ReportView get() {
        return new ReportView(
                report.completionByStore().stream().map(s -> new StoreView(s.store().getCode(), s.trainees(), s.complete(),
                        s.averagePercent(), s.awaitingConfirmation())).toList(),
                ShadowingReport.ACTIVITY_DAYS,
                report.mentorActivity().stream().map(m -> new MentorView(m.mentor().getId(), m.mentor().getFullName(),
                        m.mentor().getLocation().getCode(), m.signOffs(), m.trainees(), m.last())).toList(),
                report.calibration().stream().map(c -> new CalibrationView(c.mentor().getId(), c.mentor().getFullName(),
                        c.mentor().getLocation().getCode(), c.ratings(), c.independentPercent(), c.storeAveragePercent(),
                        c.difference())).toList());
    }
}
