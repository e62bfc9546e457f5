package org.firstshift.reporting.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.firstshift.platform.i18n.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The learning report as CSV (RFC 4180, comma-separated, dates as YYYY-MM-DD). UTF-8 with a byte
 * order mark, because without one Excel reads the file in the local code page and Cyrillic names
 * turn into mojibake. Text that Excel would run as a formula is prefixed with an apostrophe.
 */
public final class LearningCsv {
    static final char BOM = '\uFEFF';

    private LearningCsv() {
    }

    public static void write(LearningReport report, Messages messages, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        String[] header = java.util.Arrays.stream(LearningColumn.values()).map(c -> c.header(messages)).toArray(String[]::new);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
        for (EmployeeProgress row : report.rows()) {
            List<String> cells = new ArrayList<>();
            for (LearningColumn column : LearningColumn.values()) {
                cells.add(cell(column.valueOf(row)));
            }
            csv.printRecord(cells);
        }
        csv.flush(); // not close: the caller owns the stream
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return defused(text);
        }
        return value.toString(); // numbers, and LocalDate as ISO-8601
    }

    /** Names come from HR imports; "=HYPERLINK(...)" must stay text when the file is opened in Excel. */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
