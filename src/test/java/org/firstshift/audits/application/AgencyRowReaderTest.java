package org.firstshift.audits.application;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.firstshift.audits.domain.AgencyMapping;
import org.firstshift.audits.domain.Channel;
import org.firstshift.platform.api.ProblemItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading agency files (CSV and XLSX) through a saved mapping, with row/column problems. */
class AgencyRowReaderTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    static AgencyMapping mapping() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("L-GREET", "Q1 Greeting");
        lines.put("L-NEEDS", "Q2 Questions");
        lines.put("L-TRUTH", "Q3 Honesty");
        return new AgencyMapping("CL", ';', "dd.MM.yyyy", "Visit ID", "Visit date", "Time", "Store", "Staff no", "Contact",
                Channel.FLOOR, lines, Set.of("Y"), Set.of("N"), Set.of("N/A"));
    }

    static List<AgencyRowReader.LineSpec> lines() {
        return List.of(new AgencyRowReader.LineSpec("L-GREET", List.of("GREET-01"), 2, false, 1, true),
                new AgencyRowReader.LineSpec("L-NEEDS", List.of("NEEDS-01"), 2, false, 2, false),
                new AgencyRowReader.LineSpec("L-TRUTH", List.of("OBJECT-07"), 3, true, 1, false));
    }

    static final AgencyRowReader.Lookups LOOKUPS = new AgencyRowReader.Lookups() {
        @Override
        public Long employeeId(String number) {
            return number.equals("NW-1001") ? 1L : null;
        }

        @Override
        public boolean storeExists(String code) {
            return code.equals("STORE-CENTRAL");
        }
    };

    record Outcome(List<AgencyRowReader.VisitRow> rows, List<ProblemItem> problems, List<ProblemItem> header) {
    }

    Outcome read(Path file) throws Exception {
        List<AgencyRowReader.VisitRow> rows = new ArrayList<>();
        List<ProblemItem> problems = new ArrayList<>();
        try (SpreadsheetRows in = SpreadsheetRows.open(file, ';')) {
            AgencyRowReader reader = new AgencyRowReader("f", mapping(), lines(), in.header(), LOOKUPS, TODAY);
            SpreadsheetRows.RawRow r;
            while ((r = in.next()) != null) {
                AgencyRowReader.VisitRow row = reader.read(r, problems::add);
                if (row != null) {
                    rows.add(row);
                }
            }
            return new Outcome(rows, problems, reader.headerProblems());
        }
    }

    Path csv(String text) throws Exception {
        Path f = dir.resolve("agency.csv");
        // with a byte-order mark, as Excel writes CSV
        Files.write(f, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        return f;
    }

    static final String HEADER = "Visit ID;Visit date;Time;Store;Staff no;Contact;Q1 Greeting;Q2 Questions;Q3 Honesty\n";

    @Test
    void csvRowsMapOntoTheChecklistWithTheAgencysWords() throws Exception {
        Outcome o = read(csv(HEADER + "V1;12.09.2026;11:20;STORE-CENTRAL;NW-1001;phone;N;2;Y\n\nV2;13.09.2026;;STORE-CENTRAL;NW-1001;;N/A;1;Y\n"));
        assertTrue(o.problems().isEmpty(), o.problems()::toString);
        assertEquals(2, o.rows().size());
        AgencyRowReader.VisitRow first = o.rows().get(0);
        assertEquals(2, first.row(), "the header is row 1");
        assertEquals(LocalDate.of(2026, 9, 12), first.date());
        assertEquals(Channel.PHONE, first.channel());
        assertEquals(1L, first.employeeId());
        assertEquals(0, first.points().get("L-GREET"));
        assertEquals(2, first.points().get("L-NEEDS"));
        assertEquals(List.of("GREET-01"), first.score().failedRules());
        assertEquals(71.4, first.score().percent(), "5 of 7 weight units");
        AgencyRowReader.VisitRow second = o.rows().get(1);
        assertEquals(4, second.row(), "blank lines are skipped but keep their number");
        assertNull(second.points().get("L-GREET"));
        assertTrue(second.points().containsKey("L-GREET"), "n/a is an answer");
        assertEquals(Channel.FLOOR, second.channel(), "the agency's default channel");
        assertEquals(80.0, second.score().percent());
    }

    @Test
    void everyProblemNamesRowAndColumn() throws Exception {
        Outcome o = read(csv(HEADER
                + "V1;12.09.2026;11:20;STORE-CENTRAL;NW-1001;floor;Y;2;Y\n"
                + "V2;31.02.2026;25:00;STORE-NOWHERE;NW-9999;shop;maybe;3;N/A\n"
                + "V3;01.12.2026;10:00;STORE-CENTRAL;NW-1001;floor;;2;Y\n"));
        assertEquals(1, o.rows().size());
        List<String> found = o.problems().stream().map(p -> p.row() + "|" + p.column() + "|" + p.message()).toList();
        assertTrue(found.contains("3|Visit date|'31.02.2026' is not a date like dd.MM.yyyy"), found::toString);
        assertTrue(found.contains("3|Time|'25:00' is not a time like 14:30"), found::toString);
        assertTrue(found.contains("3|Store|unknown store 'STORE-NOWHERE'"), found::toString);
        assertTrue(found.contains("3|Staff no|no active employee with number 'NW-9999'"), found::toString);
        assertTrue(found.contains("3|Contact|'shop' is not a channel (floor or phone)"), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("3|Q1 Greeting|'maybe' is not an answer")), found::toString);
        assertTrue(found.contains("3|Q2 Questions|line L-NEEDS takes 0 to 2 points, not 3"), found::toString);
        assertTrue(found.contains("3|Q3 Honesty|line L-TRUTH cannot be 'not applicable'"), found::toString);
        assertTrue(found.contains("4|Visit date|the visit date 2026-12-01 is in the future"), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("4|Q1 Greeting|empty answer")), found::toString);
    }

    @Test
    void aMissingColumnIsAHeaderProblem() throws Exception {
        Outcome o = read(csv("Visit ID;Visit date;Store;Staff no;Q1 Greeting;Q2 Questions\nV1;12.09.2026;STORE-CENTRAL;NW-1001;Y;2\n"));
        assertEquals(1, o.header().size(), o.header()::toString);
        assertEquals(1, o.header().get(0).row());
        assertEquals("Q3 Honesty", o.header().get(0).column());
    }

    @Test
    void xlsxRowsReadLikeCsvIncludingNumbersAndDates() throws Exception {
        Path f = dir.resolve("agency.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Visits");
            String[] head = HEADER.strip().split(";");
            for (int c = 0; c < head.length; c++) {
                ws.value(0, c, head[c]);
            }
            ws.value(1, 0, "V1");
            ws.value(1, 1, "12.09.2026");
            ws.value(1, 2, "11:20");
            ws.value(1, 3, "STORE-CENTRAL");
            ws.value(1, 4, "NW-1001");
            ws.value(1, 5, "floor");
            ws.value(1, 6, "Y");
            ws.value(1, 7, 1);   // a number cell
            ws.value(1, 8, "N"); // a failed critical line
            wb.finish();
        }
        assertEquals(SpreadsheetRows.Format.XLSX, SpreadsheetRows.sniff(f));
        Outcome o = read(f);
        assertTrue(o.problems().isEmpty(), o.problems()::toString);
        AgencyRowReader.VisitRow row = o.rows().get(0);
        assertNotNull(row);
        assertEquals(2, row.row());
        assertEquals(1, row.points().get("L-NEEDS"));
        assertTrue(row.score().criticalFailed());
        assertEquals(42.9, row.score().percent(), "3 of 7 weight units, under the cap");
    }
}
