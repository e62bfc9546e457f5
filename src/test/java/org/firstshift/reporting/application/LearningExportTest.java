package org.firstshift.reporting.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.firstshift.reporting.application.Fixtures.CASHIER;
import static org.firstshift.reporting.application.Fixtures.CENTRAL;
import static org.firstshift.reporting.application.Fixtures.MALL;
import static org.firstshift.reporting.application.Fixtures.ONBOARD_CASHIER;
import static org.firstshift.reporting.application.Fixtures.ONBOARD_SALES;
import static org.firstshift.reporting.application.Fixtures.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningExportTest {
    static final LocalDate HIRED = LocalDate.of(2026, 3, 2);

    private static LearningReport report() {
        Learner anna = Fixtures.learner(1001, "Anna Petrova", HIRED, CENTRAL, SALES);
        Learner olga = Fixtures.learner(1013, "Ольга Смирнова", HIRED.minusDays(10), MALL, CASHIER);
        Learner mallory = Fixtures.learner(1014, "=HYPERLINK(\"http://evil.example\")", HIRED, MALL, SALES);
        return LearningReport.of(LocalDate.of(2026, 4, 1), ReportFilter.everything(), List.of(
                Fixtures.row(anna, ONBOARD_SALES, 8, 8, 0, LocalDate.of(2026, 3, 11), 9),
                Fixtures.row(olga, ONBOARD_CASHIER, 2, 5, 1, null, 40),
                Fixtures.row(mallory, ONBOARD_SALES, 0, 8, 0, null, 30)));
    }

    private static byte[] export(ReportFormat format, java.util.Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(report(), Messages.of("reporting", locale), out);
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte order mark first, so that Excel reads UTF-8");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void csvHasOneRowPerEmployeeAndProgramWithCodesAndIsoDates() throws IOException {
        List<CSVRecord> records = csv(export(ReportFormat.CSV, Languages.ENGLISH));

        assertEquals(4, records.size());
        assertEquals(List.of("Personnel number", "Full name", "Store", "Position", "Program", "Hire date", "% done",
                "Completed", "Total", "Overdue", "Ready on", "Days to ready"), records.get(0).toList());
        assertEquals(List.of("NW-1001", "Anna Petrova", "STORE-CENTRAL", "SALES_CONSULTANT", "ONBOARD-SALES",
                "2026-03-02", "100", "8", "8", "0", "2026-03-11", "9"), records.get(1).toList());
        assertEquals(List.of("NW-1013", "Ольга Смирнова", "STORE-MALL", "CASHIER", "ONBOARD-CASHIER",
                "2026-02-20", "40", "2", "5", "1", "", ""), records.get(2).toList(), "not ready: no date, no days");
    }

    @Test
    void csvKeepsTextThatLooksLikeAFormulaAsText() throws IOException {
        CSVRecord mallory = csv(export(ReportFormat.CSV, Languages.ENGLISH)).get(3);
        assertEquals("'=HYPERLINK(\"http://evil.example\")", mallory.get(1));
        assertEquals("Anna", LearningCsv.defused("Anna"));
        assertEquals("'-1", LearningCsv.defused("-1"));
        assertEquals("", LearningCsv.defused(""));
    }

    @Test
    void headersFollowTheLanguage() throws IOException {
        List<CSVRecord> records = csv(export(ReportFormat.CSV, Languages.RUSSIAN));
        assertEquals("Табельный номер", records.get(0).get(0));
        assertEquals("Дней до готовности", records.get(0).get(11));
        assertEquals("STORE-CENTRAL", records.get(1).get(2), "codes do not change with the language");
    }

    @Test
    void xlsxHasABoldHeaderNumbersAsNumbersAndDatesAsFormattedDates() throws IOException {
        byte[] bytes = export(ReportFormat.XLSX, Languages.ENGLISH);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            assertEquals("Learning", workbook.getFirstSheet().getName());
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(4, rows.size());
            assertEquals("Personnel number", rows.get(0).getCellText(0));
            assertEquals("Days to ready", rows.get(0).getCellText(11));

            Row anna = rows.get(1);
            assertEquals("NW-1001", anna.getCellText(0));
            assertEquals("ONBOARD-SALES", anna.getCellText(4));
            assertEquals(CellType.NUMBER, anna.getCell(5).getType(), "the hire date is a date serial, not text");
            assertEquals(HIRED.atStartOfDay(), anna.getCellAsDate(5).orElseThrow());
            assertEquals(LearningXlsx.DATE_FORMAT, anna.getCell(5).getDataFormatString());
            assertEquals(LocalDate.of(2026, 3, 11).atStartOfDay(), anna.getCellAsDate(10).orElseThrow());
            assertEquals(new BigDecimal("100"), anna.getCellAsNumber(6).orElseThrow());
            assertEquals(new BigDecimal("8"), anna.getCellAsNumber(8).orElseThrow());

            Row olga = rows.get(2);
            assertEquals("Ольга Смирнова", olga.getCellText(1));
            assertTrue(olga.getOptionalCell(10).map(c -> c.getType() == CellType.EMPTY).orElse(true), "no ready date yet");
        }
        String sheetXml = unzipped(bytes, "xl/styles.xml");
        assertTrue(sheetXml.contains("<b/>") || sheetXml.contains("<b val=\"true\"/>"), "a bold font for the header: " + sheetXml);
    }

    @Test
    void xlsxSheetNameFollowsTheLanguage() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export(ReportFormat.XLSX, Languages.RUSSIAN)))) {
            assertEquals("Обучение", workbook.getFirstSheet().getName());
        }
    }

    @Test
    void formatsAreCsvAndXlsxInAnyCaseAndNothingElse() {
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.parse("csv"));
        assertEquals(Optional.of(ReportFormat.XLSX), ReportFormat.parse(" XLSX "));
        assertTrue(ReportFormat.parse("pdf").isEmpty());
        assertTrue(ReportFormat.parse(null).isEmpty());
    }

    /** ZipFile, not ZipInputStream: the workbook's entries use data descriptors that the stream reader refuses. */
    private static String unzipped(byte[] zip, String entry) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("learning", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (var archive = new java.util.zip.ZipFile(file.toFile())) {
                var found = archive.getEntry(entry);
                if (found == null) {
                    throw new AssertionError("no " + entry + " in the workbook");
                }
                return new String(archive.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
