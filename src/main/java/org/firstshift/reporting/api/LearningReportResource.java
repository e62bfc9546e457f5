package org.firstshift.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.firstshift.learning.application.Programs;
import org.firstshift.people.application.Organisation;
import org.firstshift.platform.api.Problem;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.Role;
import org.firstshift.reporting.application.LearningReport;
import org.firstshift.reporting.application.LearningReports;
import org.firstshift.reporting.application.ReportFilter;
import org.firstshift.reporting.application.ReportFormat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /api/reports/learning?format=csv|xlsx&location=&position=&program=&lang=}: HR's
 * learning report as a download, one row per active employee and program. Filters are codes; an
 * unknown format or code is a 400 naming the parameter rather than an empty file that looks
 * like "nobody". Headers are in {@code lang}, else the caller's Accept-Language.
 */
@RequestScoped
@Path("reports/learning")
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class LearningReportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LearningReports reports;

    @Inject
    Organisation organisation;

    @Inject
    Programs programs;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({"text/csv", XLSX, "application/problem+json"})
    public Response download(@QueryParam("format") @DefaultValue("csv") String format,
                             @QueryParam("location") String location, @QueryParam("position") String position,
                             @QueryParam("program") String program, @QueryParam("lang") String lang) {
        Optional<ReportFormat> chosen = ReportFormat.parse(format);
        if (chosen.isEmpty()) {
            return badRequest("format", "format must be csv or xlsx, not '" + format + "'");
        }
        ReportFilter filter = new ReportFilter(location, position, program);
        if (filter.location() != null && organisation.location(filter.location()).isEmpty()) {
            return badRequest("location", "unknown store '" + filter.location() + "'");
        }
        if (filter.position() != null && organisation.position(filter.position()).isEmpty()) {
            return badRequest("position", "unknown position '" + filter.position() + "'");
        }
        if (filter.program() != null && programs.byCode(filter.program()).isEmpty()) {
            return badRequest("program", "unknown program '" + filter.program() + "'");
        }
        Locale locale = Languages.supported(lang).orElseGet(() -> Languages.best(headers.getAcceptableLanguages()));
        LearningReport report = reports.run(filter, locale);
        ReportFormat f = chosen.get();
        StreamingOutput body = out -> f.write(report, Messages.of("reporting", locale), out);
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName(report, f) + "\"")
                .build();
    }

    /** e.g. learning-2026-03-02-STORE-CENTRAL.xlsx; codes are [A-Z0-9_-], safe in a header. */
    static String fileName(LearningReport report, ReportFormat format) {
        StringBuilder name = new StringBuilder("learning-").append(report.today());
        ReportFilter f = report.filter();
        for (String code : new String[]{f.location(), f.position(), f.program()}) {
            if (code != null) {
                name.append('-').append(code);
            }
        }
        return name.append('.').append(format.extension()).toString();
    }

    private static Response badRequest(String parameter, String message) {
        return Problem.response(400, "Bad request", message, List.of(ProblemItem.field(parameter, message))).build();
    }
}
