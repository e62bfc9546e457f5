package org.firstshift.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoContent;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
        assertEquals(String.valueOf(DemoContent.activityCount("ONBOARD-SALES")), anna.get("Total"));
        rows.forEach(LearningReportIT::assertConsistent);
        assertFalse(rows.stream().anyMatch(r -> r.get("Personnel number").equals("NW-1003")),
                "Helen (HR partner at the head office) follows no program");
    }

    /**
     * A new hire of our own: HR creates her (she is enrolled by audience), her lessons are marked
     * complete behind the application's back, and the report counts from her hire date to the
     * last completion, whatever order they came in.
     */
    @Test
    void aNewHiresTimeToReadyRunsFromTheHireDateToTheLastCompletion() throws Exception {
        Api hr = Api.as(base, DemoUsers.HR);
        String number = "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Reply created = hr.postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Report Test %s","hireDate":"2026-01-05",
                 "position":"SALES_CONSULTANT","location":"STORE-MALL","language":"en"}""".formatted(number, number));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        List<String[]> lessons = Api.as(base, DemoUsers.LEARNER).get("/api/me/program").json().getJsonArray("programs")
                .stream().map(p -> p.asJsonObject()).filter(p -> p.getString("id").equals("ONBOARD-SALES"))
                .flatMap(p -> p.getJsonArray("activities").stream().map(a -> new String[]{
                        a.asJsonObject().getString("type"), a.asJsonObject().getString("ref")})).toList();
        int total = DemoContent.activityCount("ONBOARD-SALES");
        assertEquals(total, lessons.size());

        Instant start = Instant.parse("2026-01-06T09:00:00Z");
        for (int i = 1; i < lessons.size(); i++) { // all but the first, the last of them on day 4
            completeBehindTheScenes(id, lessons.get(i), start.plus(Duration.ofHours(i * 9L)));
        }
        CSVRecord halfway = row(hr, number);
        assertEquals(String.valueOf(total - 1), halfway.get("Completed"));
        assertEquals(String.valueOf((int) Math.floor(100.0 * (total - 1) / total)), halfway.get("% done"));
        assertEquals("", halfway.get("Ready on"));
        assertEquals("1", halfway.get("Overdue"), "the first lesson was due on the hire date");

        completeBehindTheScenes(id, lessons.get(0), Instant.parse("2026-01-12T10:00:00Z"));
        CSVRecord ready = row(hr, number);
        assertEquals("100", ready.get("% done"));
        assertEquals("0", ready.get("Overdue"));
        assertEquals("2026-01-12", ready.get("Ready on"));
        assertEquals("7", ready.get("Days to ready"));
    }

    private CSVRecord row(Api hr, String personnelNumber) throws IOException {
        return csv(hr.get(PATH + "?format=csv&location=STORE-MALL&program=ONBOARD-SALES")).stream()
                .filter(r -> r.get("Personnel number").equals(personnelNumber)).findFirst()
                .orElseThrow(() -> new AssertionError(personnelNumber + " is not in the report"));
    }

    /** Progress as the lesson page would store it; ids from the shared sequence, in each database's syntax. */
    private static void completeBehindTheScenes(long employeeId, String[] activity, Instant at) throws SQLException {
        String nextId = TestDatabase.label().equals("postgresql") ? "nextval('fs_id_seq')" : "NEXT VALUE FOR fs_id_seq";
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO activity_progress (id, employee_id, type_key, ref, status, score, started_at, completed_at, version) "
                        + "VALUES (" + nextId + ", ?, ?, ?, 'COMPLETED', 100, ?, ?, 1)")) {
            s.setLong(1, employeeId);
            s.setString(2, activity[0]);
            s.setString(3, activity[1]);
            s.setTimestamp(4, Timestamp.from(at.minus(Duration.ofMinutes(20))));
            s.setTimestamp(5, Timestamp.from(at));
            assertEquals(1, s.executeUpdate());
        }
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
            int total = DemoContent.activityCount("ONBOARD-SALES");
            assertEquals(total, anna.getCellAsNumber(8).orElseThrow().intValue());
            int percent = anna.getCellAsNumber(6).orElseThrow().intValue();
            int completed = anna.getCellAsNumber(7).orElseThrow().intValue();
            assertEquals((int) Math.floor(100.0 * completed / total), percent);
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
