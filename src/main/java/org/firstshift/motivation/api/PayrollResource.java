package org.firstshift.motivation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.firstshift.motivation.application.PayrollExport;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.security.Role;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/payroll/pay-grade-changes?from=YYYY-MM-DD&to=YYYY-MM-DD&format=csv|xlsx} (HR):
 * approved pay-grade changes effective in the period, both ends included.
 */
@RequestScoped
@Path("payroll/pay-grade-changes")
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class PayrollResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PayrollExport export;

    @GET
    @Produces({"text/csv", XLSX})
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
        List<ProblemItem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        String f = format == null || format.isBlank() ? "csv" : format;
        if (!f.equals("csv") && !f.equals("xlsx")) {
            problems.add(ProblemItem.field("format", "format must be csv or xlsx, not '" + format + "'"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(ProblemItem.field("to", "the period ends before it starts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the payroll export needs a period", problems);
        }
        List<PayrollExport.Row> rows = export.rows(start, end);
        String name = "pay-grade-changes-" + start + "-" + end + "." + f;
        StreamingOutput body = f.equals("csv")
                ? out -> PayrollExport.csv(rows, new OutputStreamWriter(out, StandardCharsets.UTF_8))
                : out -> PayrollExport.xlsx(rows, out);
        return Response.ok(body, f.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static LocalDate date(String field, String value, List<ProblemItem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(ProblemItem.field(field, "'" + field + "' is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(ProblemItem.field(field, "'" + value + "' is not a date in the form YYYY-MM-DD"));
            return null;
        }
    }
}
