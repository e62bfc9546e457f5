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
    static final String[] HEADER = {"personnel_number", "full_name", "location", "from_tier", "from_grade", "to_tier", "to_grade",
            "effective_from", "approved_by", "approved_on"};

    @Inject
    TierChanges changes;

    @Inject
    People people;

    public record Row(String personnelNumber, String fullName, String location, String fromTier, String fromGrade, String toTier,
                      String toGrade, LocalDate effectiveFrom, String approvedBy, LocalDate approvedOn) {
        Object[] cells() {
            return new Object[]{personnelNumber, fullName, location, fromTier, fromGrade, toTier, toGrade, effectiveFrom, approvedBy, approvedOn};
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
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        for (Row r : rows) {
            Object[] cells = r.cells();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].toString();
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }

    public static void xlsx(List<Row> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "FirstShift", "1.0");
        Worksheet sheet = workbook.newWorksheet("pay-grade-changes");
        for (int c = 0; c < HEADER.length; c++) {
            sheet.value(0, c, HEADER[c]);
            sheet.style(0, c).bold().set();
            sheet.width(c, c == 1 ? 28 : 16);
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (Row row : rows) {
            Object[] cells = row.cells();
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
