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
import org.firstshift.motivation.application.PayrollLayout;
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
 * approved pay-grade changes effective in the period, both ends included. The columns are the
 * default ten, or those of {@code columns=field[:Header],...} (an ad-hoc layout), or those of
 * {@code layout=<name>}, a layout an admin configured once as {@code firstshift.payroll.layout.<name>}
 * (environment {@code FIRSTSHIFT_PAYROLL_LAYOUT_<NAME>}) for the company's payroll system.
 */
@RequestScoped
@Path("payroll/pay-grade-changes")
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class PayrollResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String LAYOUT_PREFIX = "firstshift.payroll.layout.";

    @Inject
    PayrollExport export;

    @Inject
    org.eclipse.microprofile.config.Config config;

    @GET
    @Produces({"text/csv", XLSX})
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
                           @QueryParam("columns") String columns, @QueryParam("layout") String layoutName) {
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
        if (columns != null && layoutName != null) {
            problems.add(ProblemItem.field("layout", "give either columns or layout, not both"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the payroll export needs a period", problems);
        }
        PayrollLayout layout = layout(columns, layoutName);
        List<PayrollExport.Row> rows = export.rows(start, end);
        String name = "pay-grade-changes-" + start + "-" + end + "." + f;
        StreamingOutput body = f.equals("csv")
                ? out -> PayrollExport.csv(rows, layout, new OutputStreamWriter(out, StandardCharsets.UTF_8))
                : out -> PayrollExport.xlsx(rows, layout, out);
        return Response.ok(body, f.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private PayrollLayout layout(String columns, String name) {
        if (columns != null) {
            return PayrollLayout.parse(columns, "columns");
        }
        if (name == null || name.isBlank()) {
            return PayrollLayout.DEFAULT;
        }
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Optional<String> spec = key.matches("[a-z0-9-]{1,40}")
                ? config.getOptionalValue(LAYOUT_PREFIX + key, String.class) : java.util.Optional.empty();
        if (spec.isEmpty()) {
            List<String> known = java.util.stream.StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                    .filter(p -> p.startsWith(LAYOUT_PREFIX)).map(p -> p.substring(LAYOUT_PREFIX.length())).sorted().toList();
            throw new InvalidInputException("layout", "no payroll layout '" + name + "'; configured layouts: "
                    + (known.isEmpty() ? "none (set " + LAYOUT_PREFIX + "<name>)" : String.join(", ", known)));
        }
        return PayrollLayout.parse(spec.get(), LAYOUT_PREFIX + key);
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
