package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.firstshift.motivation.domain.TierChange;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What payroll needs: the approved pay-grade changes effective in a period, one row each, as CSV
 * (RFC 4180) or XLSX (dates as real dates). Rejected, pending and superseded records never appear.
 */
@ApplicationScoped
public class PayrollExport {
    @Inject
    TierChanges changes;

    @Inject
    People people;

    public record Row(String personnelNumber, String fullName, String location, String fromTier, String fromGrade, String toTier,
                      String toGrade, LocalDate effectiveFrom, String approvedBy, LocalDate approvedOn) {
        Object value(String field) {
            return switch (field) {
                case "personnel_number" -> personnelNumber;
                case "full_name" -> fullName;
                case "location" -> location;
                case "from_tier" -> fromTier;
                case "from_grade" -> fromGrade;
                case "to_tier" -> toTier;
                case "to_grade" -> toGrade;
                case "effective_from" -> effectiveFrom;
                case "approved_by" -> approvedBy;
                case "approved_on" -> approvedOn;
                default -> throw new IllegalArgumentException("no payroll field " + field);
            };
        }

        Object[] cells(PayrollLayout layout) {
            return layout.columns().stream().map(c -> value(c.field())).toArray();
        }
    }

    public List<Row> rows(LocalDate from, LocalDate to) {
        return changes.approvedBetween(from, to).stream().map(this::row).toList();
    }

    private Row row(TierChange c) {
        Employee e = people.get(c.getEmployeeId());
        return new Row(e.getPersonnelNumber(), e.getFullName(), e.getLocation().getCode(), c.getFromTier(), c.getFromGrade(),
                c.getToTier(), c.getToGrade(), c.getEffectiveFrom(), c.getDecidedBy(),
                c.getDecidedAt() == null ? null : LocalDate.ofInstant(c.getDecidedAt(), ZoneOffset.UTC));
    }

    public static void csv(List<Row> rows, Writer writer) throws IOException {
        csv(rows, PayrollLayout.DEFAULT, writer);
    }

    public static void csv(List<Row> rows, PayrollLayout layout, Writer writer) throws IOException {
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(layout.headers()).get());
        for (Row r : rows) {
            Object[] cells = r.cells(layout);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].toString();
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }

    public static void xlsx(List<Row> rows, OutputStream out) throws IOException {
        xlsx(rows, PayrollLayout.DEFAULT, out);
    }

    public static void xlsx(List<Row> rows, PayrollLayout layout, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "FirstShift", "1.0");
        Worksheet sheet = workbook.newWorksheet("pay-grade-changes");
        String[] headers = layout.headers();
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
            sheet.style(0, c).bold().set();
            sheet.width(c, layout.columns().get(c).field().equals("full_name") ? 28 : 16);
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (Row row : rows) {
            Object[] cells = row.cells(layout);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] instanceof LocalDate date) {
                    sheet.value(r, c, date);
                    sheet.style(r, c).format("yyyy-mm-dd").set();
                } else if (cells[c] != null) {
                    sheet.value(r, c, cells[c].toString());
                }
            }
            r++;
        }
        workbook.finish();
    }
}
