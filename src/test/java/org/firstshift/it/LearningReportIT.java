package org.firstshift.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR downloads the learning report as CSV and XLSX. Other tests share the server and may complete
 * lessons, so the assertions hold whatever the progress: presence, totals, and figures that agree
 * with each other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningReportIT {
    static final String PATH = "/api/reports/learning";

    @ArquillianResource
    URL base;

    private List<CSVRecord> csv(Api.Reply reply) throws IOException {
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("text/csv"), reply.header("Content-Type"));
        assertEquals('\uFEFF', reply.body().charAt(0), "UTF-8 with a byte order mark, for Excel");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(reply.body().substring(1))).getRecords();
    }

    private static CSVRecord annaIn(List<CSVRecord> rows) {
        return rows.stream().filter(r -> r.get("Personnel number").equals("NW-1001")).findFirst()
                .orElseThrow(() -> new AssertionError("NW-1001 is not in the report: " + rows));
    }

    /** Percent done agrees with completed/total, and only a complete program has a ready date. */
    private static void assertConsistent(CSVRecord r) {
        int percent = Integer.parseInt(r.get("% done"));
        int completed = Integer.parseInt(r.get("Completed"));
        int total = Integer.parseInt(r.get("Total"));
        assertTrue(percent >= 0 && percent <= 100, r::toString);
        assertTrue(completed >= 0 && completed <= total, r::toString);
        assertEquals((int) Math.floor(100.0 * completed / total), percent, r::toString);
        assertEquals(completed == total, !r.get("Ready on").isEmpty(), r::toString);
        assertEquals(r.get("Ready on").isEmpty(), r.get("Days to ready").isEmpty(), r::toString);
    }

    @Test
    void hrDownloadsTheCsvWithTheNewHireInHerProgram() throws IOException {
        Api.Reply reply = Api.as(base, DemoUsers.HR).get(PATH + "?format=csv");
        List<CSVRecord> rows = csv(reply);
        String disposition = reply.header("Content-Disposition");
        assertNotNull(disposition);
        assertTrue(disposition.startsWith("attachment; filename=\"learning-") && disposition.endsWith(".csv\""), disposition);

        CSVRecord anna = annaIn(rows);
        assertEquals("Anna Petrova", anna.get("Full name"));
        assertEquals("STORE-CENTRAL", anna.get("Store"));
        assertEquals("SALES_CONSULTANT", anna.get("Position"));
        assertEquals("ONBOARD-SALES", anna.get("Program"));
        assertEquals("8", anna.get("Total"));
        rows.forEach(LearningReportIT::assertConsistent);
        assertFalse(rows.stream().anyMatch(r -> r.get("Personnel number").equals("NW-1003")),
                "Helen (HR partner at the head office) follows no program");
    }

    @Test
    void hrDownloadsTheXlsxWithNumbersAndRealDates() throws IOException {
        Api hr = Api.as(base, DemoUsers.HR);
        Api.Download xlsx = hr.download(PATH + "?format=xlsx&program=ONBOARD-SALES");
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.header("Content-Type"));
        assertTrue(xlsx.header("Content-Disposition").contains("ONBOARD-SALES.xlsx"), xlsx.header("Content-Disposition"));
        LocalDate hired = LocalDate.parse(hr.get("/api/employees?q=NW-1001").array().getJsonObject(0).getString("hireDate"));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Personnel number", rows.get(0).getCellText(0));
            assertEquals("Program", rows.get(0).getCellText(4));
            Row anna = rows.stream().filter(r -> "NW-1001".equals(r.getCellText(0))).findFirst()
                    .orElseThrow(() -> new AssertionError("NW-1001 is not in the workbook"));
            assertEquals("Anna Petrova", anna.getCellText(1));
            assertEquals("ONBOARD-SALES", anna.getCellText(4));
            assertEquals(CellType.NUMBER, anna.getCell(5).getType(), "the hire date is a date, not text");
            assertEquals(hired.atStartOfDay(), anna.getCellAsDate(5).orElseThrow());
            assertEquals(8, anna.getCellAsNumber(8).orElseThrow().intValue());
            int percent = anna.getCellAsNumber(6).orElseThrow().intValue();
            int completed = anna.getCellAsNumber(7).orElseThrow().intValue();
            assertEquals((int) Math.floor(100.0 * completed / 8), percent);
            assertTrue(rows.stream().skip(1).allMatch(r -> "ONBOARD-SALES".equals(r.getCellText(4))), "filtered by program");
        }
    }

    @Test
    void filtersNarrowTheRowsToAStore() throws IOException {
        List<CSVRecord> mall = csv(Api.as(base, DemoUsers.HR).get(PATH + "?format=csv&location=STORE-MALL"));
        assertFalse(mall.isEmpty());
        assertTrue(mall.stream().allMatch(r -> r.get("Store").equals("STORE-MALL")), mall::toString);
        assertTrue(mall.stream().noneMatch(r -> r.get("Personnel number").equals("NW-1001")));
        assertTrue(mall.stream().anyMatch(r -> r.get("Personnel number").equals("NW-1007")), "Daria, the mall's cashier trainee");
    }

    @Test
    void headersFollowTheRequestedLanguage() throws IOException {
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).get(PATH + "?format=csv&lang=ru");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().startsWith("\uFEFFТабельный номер,ФИО,Магазин"), reply.body().substring(0, 40));
    }

    @Test
    void anUnknownFormatIsA400NamingTheParameter() {
        Api.Reply reply = Api.as(base, DemoUsers.HR).get(PATH + "?format=pdf");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("format", reply.json().getJsonArray("problems").getJsonObject(0).getString("column"));
        assertTrue(reply.json().getString("detail").contains("pdf"));
    }

    @Test
    void anUnknownStoreIsA400NotAnEmptyFile() {
        Api.Reply reply = Api.as(base, DemoUsers.HR).get(PATH + "?format=csv&location=NOWHERE");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("location", reply.json().getJsonArray("problems").getJsonObject(0).getString("column"));
    }

    @ParameterizedTest(name = "{0} gets 403")
    @ValueSource(strings = {DemoUsers.LEARNER, DemoUsers.MENTOR, DemoUsers.AUTHOR, DemoUsers.AUDITOR})
    void onlyHrAndAdminsDownloadTheReport(String user) {
        assertEquals(403, Api.as(base, user).get(PATH + "?format=csv").status());
        assertEquals(403, Api.as(base, user).download(PATH + "?format=xlsx").status());
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertEquals(401, Api.anonymous(base).get(PATH + "?format=csv").status());
    }
}
