package org.firstshift.reporting.application;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.firstshift.platform.i18n.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * The learning report as an Excel workbook: one sheet, a bold and frozen header row, numbers as
 * numbers and dates as real dates (formatted YYYY-MM-DD) so that HR can sort and filter them.
 * Streams as it writes, so memory does not grow with the number of rows.
 */
public final class LearningXlsx {
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private LearningXlsx() {
    }

    public static void write(LearningReport report, Messages messages, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "FirstShift", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.get("export.sheet"));
        LearningColumn[] columns = LearningColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, columns[c].header(messages));
            sheet.style(0, c).bold().set();
            sheet.width(c, c == LearningColumn.NAME.ordinal() ? 28 : 16);
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (EmployeeProgress row : report.rows()) {
            for (int c = 0; c < columns.length; c++) {
                Object value = columns[c].valueOf(row);
                if (value instanceof LocalDate date) {
                    sheet.value(r, c, date);
                    sheet.style(r, c).format(DATE_FORMAT).set();
                } else if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
            r++;
        }
        workbook.finish(); // writes the closing parts; the caller owns the stream
    }
}
