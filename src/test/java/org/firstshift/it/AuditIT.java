package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Audits through the API: the demo checklist, recording (only auditors and admins), immutable
 * submitted visits and corrections as versions, photos, agency imports (all-or-nothing with a
 * row/column report; the shipped sample), remediation (assignments and the mentor's notice) and
 * who reads whose results. Recording tests use Tom (NW-1010, mentored by Igor) so that Anna's
 * results stay for the journey and the sample file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {
    static final String TOM = "tom";
    static final String IGOR = "igor";
    static final String DARIA = "daria";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final String HEADER = "Visit ID;Visit date;Time;Store;Staff no;Contact;Q1 Greeting;Q2 Space;Q3 Appearance;Q4 Questions;"
            + "Q5 Summary;Q6 Try-on;Q7 Benefits;Q8 Promotion;Q9 Answers;Q10 Add-on;Q11 Close;Q12 Till;Q13 Thanks;Q14 Honesty;"
            + "Q15 No pressure;Q16 Focus\n";
    static final String[] LINES = {"SV-GREET", "SV-SPACE", "SV-LOOK", "SV-NEEDS", "SV-SUMMARY", "SV-TRY", "SV-BENEFITS", "SV-PROMO",
            "SV-ANSWERS", "SV-EXTRA", "SV-CLOSE", "SV-TILL", "SV-THANKS", "SV-TRUTH", "SV-RESPECT", "SV-FOCUS"};

    @ArquillianResource
    URL base;

    static LocalDate serverToday() {
        return LocalDate.now(Clock.systemUTC());
    }

    long idOf(String user) {
        return Api.as(base, user).get("/api/me").json().getJsonNumber("id").longValue();
    }

    /** A complete visit: every line fully done except those in {@code failed} (0 points). */
    static String visit(String clientId, long employee, String store, List<String> failed, String comment) {
        List<String> answers = new ArrayList<>();
        for (String line : LINES) {
            int max = line.equals("SV-NEEDS") || line.equals("SV-BENEFITS") || line.equals("SV-EXTRA") ? 2 : 1;
            answers.add("{\"line\": \"%s\", \"points\": %d%s}".formatted(line, failed.contains(line) ? 0 : max,
                    comment != null && failed.contains(line) ? ", \"comment\": \"" + comment + "\"" : ""));
        }
        return """
                {"clientId": "%s", "checklist": "STORE-VISIT", "store": "%s", "date": "%s", "time": "14:30",
                 "employeeId": %d, "channel": "FLOOR", "answers": [%s]}""".formatted(clientId, store, serverToday(), employee,
                String.join(",", answers));
    }

    static long visits(String where, Object... params) throws Exception {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_visit WHERE " + where, params);
    }

    // ---------------------------------------------------------------- checklist

    @Test
    void theDemoChecklistIsPublishedWithWeightsCriticalLinesAndScales() {
        Api.Reply r = Api.as(base, DemoUsers.AUDITOR).get("/api/audit-checklists");
        assertEquals(200, r.status(), r::toString);
        JsonObject visit = r.array().stream().map(JsonValue::asJsonObject).filter(c -> c.getString("code").equals("STORE-VISIT"))
                .findFirst().orElseThrow(() -> new AssertionError(r.body()));
        assertEquals("RETAIL", visit.getString("standard"));
        assertEquals(LINES.length, visit.getJsonArray("lines").size());
        JsonObject truth = visit.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("id").equals("SV-TRUTH")).findFirst().orElseThrow();
        assertTrue(truth.getBoolean("critical"));
        assertEquals(3, truth.getInt("weight"));
        assertEquals("OBJECT-07", truth.getJsonArray("rules").getString(0));
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/audit-checklists").status());
    }

    // ---------------------------------------------------------------- who may record

    @ParameterizedTest(name = "{0} may not record or import")
    @ValueSource(strings = {DemoUsers.LEARNER, DemoUsers.MENTOR, DemoUsers.HR, DemoUsers.AUTHOR})
    void onlyAuditorsAndAdminsRecordOrImport(String user) throws Exception {
        long tom = idOf(TOM);
        String clientId = UUID.randomUUID().toString();
        Api who = Api.as(base, user);
        assertEquals(403, who.postJson("/api/audits", visit(clientId, tom, "STORE-MALL", List.of(), null)).status());
        assertEquals(403, who.putJson("/api/audits/drafts/" + clientId, visit(clientId, tom, "STORE-MALL", List.of(), null)).status());
        Api.Reply imp = who.post("/api/audits/import?agency=MYSTERY-PLUS", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
        assertEquals(403, imp.status(), imp::toString);
        assertEquals(0, visits("client_id = ?", clientId));
        assertEquals(401, Api.anonymous(base).postJson("/api/audits", visit(clientId, tom, "STORE-MALL", List.of(), null)).status());
    }

    @Test
    void anAdminMayRecordButOnlyAnAuditorsVisitIsVerified() throws Exception {
        long tom = idOf(TOM);
        String clientId = UUID.randomUUID().toString();
        Api.Reply r = Api.as(base, DemoUsers.ADMIN).postJson("/api/audits", visit(clientId, tom, "STORE-MALL", List.of(), null));
        assertEquals(201, r.status(), r::toString);
        assertFalse(r.json().getBoolean("verified"));
        assertEquals(1, visits("client_id = ? AND verified = FALSE", clientId));
    }

    // ---------------------------------------------------------------- record, resend, correct

    @Test
    void aSubmittedVisitIsScoredOnceAndNeverChangesACorrectionIsANewVersion() throws Exception {
        long tom = idOf(TOM);
        String clientId = UUID.randomUUID().toString();
        Api auditor = Api.as(base, DemoUsers.AUDITOR);
        // A draft first (the phone's autosave), saved twice: still one visit.
        String draft = """
                {"clientId": "%s", "checklist": "STORE-VISIT", "store": "STORE-MALL", "date": "%s", "employeeId": %d, "channel": "FLOOR",
                 "answers": [{"line": "SV-GREET", "points": 1}]}""".formatted(clientId, serverToday(), tom);
        assertEquals(200, auditor.putJson("/api/audits/drafts/" + clientId, draft).status());
        assertEquals(200, auditor.putJson("/api/audits/drafts/" + clientId, draft).status());
        assertEquals(1, visits("client_id = ? AND status = 'DRAFT'", clientId));
        // Submitting with a line missing is refused and names the line.
        Api.Reply incomplete = auditor.postJson("/api/audits", draft);
        assertEquals(422, incomplete.status(), incomplete::toString);
        assertTrue(incomplete.body().contains("SV-TRUTH"), incomplete::toString);

        Api.Reply submitted = auditor.postJson("/api/audits", visit(clientId, tom, "STORE-MALL", List.of("SV-PROMO"), null));
        assertEquals(201, submitted.status(), submitted::toString);
        JsonObject v = submitted.json();
        assertEquals(96.7, v.getJsonNumber("score").doubleValue(), 0.001, "29 of 30 weight units (SV-PROMO weighs 1)");
        assertEquals("PRESENT-04", v.getJsonArray("failedRules").getString(0));
        long id = v.getJsonNumber("id").longValue();
        // The same submission again (a lost answer): the same visit, not a second one.
        Api.Reply again = auditor.postJson("/api/audits", visit(clientId, tom, "STORE-MALL", List.of("SV-PROMO"), null));
        assertEquals(200, again.status(), again::toString);
        assertEquals(id, again.json().getJsonNumber("id").longValue());
        assertEquals("true", again.header("Idempotent-Replayed"));
        // A late autosave with other answers changes nothing.
        auditor.putJson("/api/audits/drafts/" + clientId, visit(clientId, tom, "STORE-MALL", List.of("SV-GREET"), null));
        assertEquals(1, visits("client_id = ? AND status = 'SUBMITTED' AND score_percent = 96.7", clientId));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM audit_answer a JOIN audit_visit v ON a.visit_id = v.id"
                + " WHERE v.client_id = ? AND a.line_code = 'SV-GREET' AND a.points = 0", clientId));
        // Another auditor's client id is not yours to use.
        assertEquals(409, Api.as(base, DemoUsers.ADMIN).postJson("/api/audits",
                visit(clientId, tom, "STORE-MALL", List.of(), null)).status());

        // A correction: a new version with a reason; the old one stays in the history.
        String correctionId = UUID.randomUUID().toString();
        Api.Reply noReason = auditor.postJson("/api/audits/" + id + "/corrections",
                "{\"visit\": " + visit(correctionId, tom, "STORE-MALL", List.of(), null) + "}");
        assertEquals(422, noReason.status(), noReason::toString);
        Api.Reply corrected = auditor.postJson("/api/audits/" + id + "/corrections",
                "{\"reason\": \"The promotion had ended that morning\", \"visit\": " + visit(correctionId, tom, "STORE-MALL", List.of(), null) + "}");
        assertEquals(201, corrected.status(), corrected::toString);
        assertEquals(2, corrected.json().getInt("revision"));
        assertEquals(100.0, corrected.json().getJsonNumber("score").doubleValue(), 0.001);
        Api.Reply history = Api.as(base, DemoUsers.HR).get("/api/audits/" + corrected.json().getJsonNumber("id") + "/history");
        assertEquals(200, history.status(), history::toString);
        assertEquals(2, history.array().size());
        assertEquals(96.7, history.array().getJsonObject(0).getJsonNumber("score").doubleValue(), 0.001);
        assertEquals(1, visits("client_id = ? AND superseded_at IS NOT NULL", clientId));
        // Only the current version counts in the summary.
        String summary = Api.as(base, DemoUsers.HR).get("/api/employees/" + tom + "/audit-summary").body();
        assertTrue(summary.contains("\"id\":" + corrected.json().getJsonNumber("id")), summary);
        assertFalse(summary.contains("\"id\":" + id + ","), summary);
        // An old version cannot be corrected again.
        assertEquals(422, auditor.postJson("/api/audits/" + id + "/corrections",
                "{\"reason\": \"again\", \"visit\": " + visit(UUID.randomUUID().toString(), tom, "STORE-MALL", List.of(), null) + "}").status());
    }

    @Test
    void invalidVisitsAreRefusedWithEveryProblemNamed() throws Exception {
        String clientId = UUID.randomUUID().toString();
        Api.Reply r = Api.as(base, DemoUsers.AUDITOR).postJson("/api/audits", """
                {"clientId": "%s", "checklist": "STORE-VISIT", "store": "NOWHERE", "date": "%s", "employeeId": 999999999,
                 "channel": "EMAIL", "answers": [{"line": "SV-TRUTH", "na": true}, {"line": "SV-GREET", "points": 5}]}"""
                .formatted(clientId, serverToday().plusDays(3)));
        assertEquals(422, r.status(), r::toString);
        String body = r.body();
        for (String expected : new String[]{"unknown store 'NOWHERE'", "in the future", "no active employee 999999999",
                "FLOOR or PHONE", "cannot be answered 'not applicable'", "takes 0 to 1 points, not 5"}) {
            assertTrue(body.contains(expected), expected + " in " + body);
        }
        assertEquals(0, visits("client_id = ?", clientId));
    }

    // ---------------------------------------------------------------- photos

    @Test
    void photosAreCheckedBeforeStoringAndServedOnlyToThoseWhoMayReadTheVisit() throws Exception {
        long tom = idOf(TOM);
        String clientId = UUID.randomUUID().toString();
        Api auditor = Api.as(base, DemoUsers.AUDITOR);
        assertEquals(200, auditor.putJson("/api/audits/drafts/" + clientId, visit(clientId, tom, "STORE-MALL", List.of("SV-LOOK"), null)).status());
        Api.Reply html = auditor.post("/api/audits/drafts/" + clientId + "/photos?line=SV-LOOK&photoId=" + UUID.randomUUID(), "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, html.status(), html::toString);
        assertTrue(html.body().contains("JPEG or PNG"), html::toString);
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertEquals(422, auditor.post("/api/audits/drafts/" + clientId + "/photos?line=SV-LOOK&photoId=" + UUID.randomUUID(), "image/png", big).status());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM audit_photo p JOIN audit_visit v ON p.visit_id = v.id WHERE v.client_id = ?", clientId));

        String photoId = UUID.randomUUID().toString();
        Api.Reply ok = auditor.post("/api/audits/drafts/" + clientId + "/photos?line=SV-LOOK&photoId=" + photoId, "image/png", PNG);
        assertEquals(201, ok.status(), ok::toString);
        long id = ok.json().getJsonNumber("id").longValue();
        assertEquals(201, auditor.post("/api/audits/drafts/" + clientId + "/photos?line=SV-LOOK&photoId=" + photoId, "image/png", PNG).status());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_photo WHERE client_id = ?", photoId), "a re-sent photo is kept once");
        assertEquals(201, auditor.postJson("/api/audits", visit(clientId, tom, "STORE-MALL", List.of("SV-LOOK"), null)).status());

        Api.Download photo = Api.as(base, DemoUsers.HR).download("/api/audits/photos/" + id);
        assertEquals(200, photo.status());
        assertEquals("image/png", photo.header("Content-Type"));
        assertEquals("nosniff", photo.header("X-Content-Type-Options"));
        assertEquals(200, Api.as(base, TOM).download("/api/audits/photos/" + id).status(), "Tom sees the photos of his own visit");
        assertEquals(404, Api.as(base, DemoUsers.LEARNER).download("/api/audits/photos/" + id).status(), "Anna does not");
        assertEquals(404, Api.as(base, DemoUsers.MENTOR).download("/api/audits/photos/" + id).status(), "nor Mikhail, not Tom's mentor");
    }

    // ---------------------------------------------------------------- remediation

    @Test
    void failedLinesAssignTheLessonsAndScenariosOfTheirRulesAndNotifyTheMentor() throws Exception {
        long tom = idOf(TOM);
        long igor = idOf(IGOR);
        String clientId = UUID.randomUUID().toString();
        // SV-ANSWERS checks OBJECT-06 and FORBID-05: taught by lessons L-OBJECT and L-FORBID, practised in RP-CANNOT-ANSWER.
        Api.Reply r = Api.as(base, DemoUsers.AUDITOR).postJson("/api/audits",
                visit(clientId, tom, "STORE-MALL", List.of("SV-ANSWERS"), "Said 'I don't know' twice"));
        assertEquals(201, r.status(), r::toString);
        long visit = r.json().getJsonNumber("id").longValue();
        for (String[] expected : new String[][]{{"lesson", "L-OBJECT"}, {"lesson", "L-FORBID"}, {"roleplay", "RP-CANNOT-ANSWER"}}) {
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_remediation WHERE visit_id = ? AND type_key = ? AND ref = ?",
                    visit, expected[0], expected[1]), String.join(" ", expected));
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM learning_assignment WHERE employee_id = ? AND type_key = ? AND ref = ?"
                    + " AND completed_at IS NULL AND source = 'audit'", tom, expected[0], expected[1]), String.join(" ", expected));
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM audit_remediation WHERE visit_id = ? AND ref = 'L-GREET'", visit),
                "nothing for the lines that passed");
        assertEquals(1, visits("id = ? AND mentor_notified = ?", visit, igor), "the notice went to Igor, Tom's mentor");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM learning_assignment WHERE employee_id = ? AND ref = 'L-OBJECT'"
                + " AND due_on = ?", tom, java.sql.Date.valueOf(serverToday().plusDays(14))));

        // A second failed visit does not duplicate an open assignment.
        Api.Reply second = Api.as(base, DemoUsers.AUDITOR).postJson("/api/audits",
                visit(UUID.randomUUID().toString(), tom, "STORE-MALL", List.of("SV-ANSWERS"), null));
        assertEquals(201, second.status(), second::toString);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM learning_assignment WHERE employee_id = ? AND ref = 'L-OBJECT'"
                + " AND completed_at IS NULL", tom));

        // Tom sees the remediation in his summary and on his home page.
        JsonObject summary = Api.as(base, TOM).get("/api/employees/" + tom + "/audit-summary").json();
        assertTrue(summary.getJsonArray("remediation").stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getString("ref").equals("L-OBJECT") && !a.getBoolean("done")), summary::toString);
        String home = Api.as(base, TOM).get("/learner/home.xhtml").body();
        assertTrue(home.contains("id=\"assignments\"") && home.contains("data-ref=\"RP-CANNOT-ANSWER\""), "assignments card");
    }

    // ---------------------------------------------------------------- who reads what

    @Test
    void employeesSeeTheirOwnResultsWithoutTheAuditorMentorsTheirTraineesHrEveryone() throws Exception {
        long tom = idOf(TOM);
        long anna = idOf(DemoUsers.LEARNER);
        Api.Reply r = Api.as(base, DemoUsers.AUDITOR).postJson("/api/audits",
                visit(UUID.randomUUID().toString(), tom, "STORE-MALL", List.of("SV-GREET"), null));
        assertEquals(201, r.status(), r::toString);

        Api.Reply own = Api.as(base, TOM).get("/api/employees/" + tom + "/audit-summary");
        assertEquals(200, own.status(), own::toString);
        assertFalse(own.json().getJsonArray("visits").isEmpty());
        assertTrue(own.json().getJsonArray("visits").stream().map(JsonValue::asJsonObject).allMatch(v -> !v.containsKey("auditor") || v.isNull("auditor")),
                "the auditor is hidden from the employee");
        assertFalse(own.body().contains("\"auditor\":\"auditor\""), own::toString);
        assertNotNull(own.json().getJsonNumber("windowScore"));

        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/employees/" + tom + "/audit-summary").status(),
                "a learner never reads another learner's results");
        assertEquals(403, Api.as(base, DARIA).get("/api/employees/" + tom + "/audit-summary").status());
        assertEquals(403, Api.as(base, TOM).get("/api/employees/" + anna + "/audit-summary").status());
        assertEquals(403, Api.as(base, DemoUsers.MENTOR).get("/api/employees/" + tom + "/audit-summary").status(), "not his trainee");
        assertEquals(403, Api.as(base, DemoUsers.AUTHOR).get("/api/employees/" + tom + "/audit-summary").status());
        assertEquals(200, Api.as(base, DemoUsers.MENTOR).get("/api/employees/" + anna + "/audit-summary").status(), "his trainee");
        Api.Reply mentor = Api.as(base, IGOR).get("/api/employees/" + tom + "/audit-summary");
        assertEquals(200, mentor.status());
        assertFalse(mentor.body().contains("\"auditor\":\"auditor\""), "mentors do not see who audited either");
        Api.Reply hr = Api.as(base, DemoUsers.HR).get("/api/employees/" + tom + "/audit-summary");
        assertEquals(200, hr.status());
        assertTrue(hr.body().contains("\"auditor\":\"auditor\""), hr::toString);
        // The single visit: same rules.
        long visit = r.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as(base, TOM).get("/api/audits/" + visit).status());
        assertEquals(404, Api.as(base, DemoUsers.LEARNER).get("/api/audits/" + visit).status());
        // The company picture is HR's (and auditors').
        assertEquals(200, Api.as(base, DemoUsers.HR).get("/api/audits/stats").status());
        assertEquals(403, Api.as(base, TOM).get("/api/audits/stats").status());
        assertEquals(403, Api.as(base, DemoUsers.MENTOR).get("/api/audits/stats").status());
    }

    @ParameterizedTest(name = "{0} opens {1} -> {2}")
    @CsvSource({
            "auditor, /auditor/visit.xhtml,  200",
            "admin,   /auditor/visit.xhtml,  200",
            "newhire, /auditor/visit.xhtml,  403",
            "hr,      /auditor/visit.xhtml,  403",
            "auditor, /auditor/import.xhtml, 200",
            "mentor,  /auditor/import.xhtml, 403",
            "hr,      /hr/audits.xhtml,      200",
            "mentor,  /hr/audits.xhtml,      403",
            "mentor,  /mentor/audits.xhtml,  200",
            "newhire, /mentor/audits.xhtml,  403",
    })
    void pagesAreOpenOnlyToTheirRoles(String user, String page, int status) {
        assertEquals(status, Api.as(base, user).get(page).status());
    }

    @Test
    void aMentorPageForSomeoneElsesTraineeIsNotFound() {
        long tom = idOf(TOM);
        assertEquals(404, Api.as(base, DemoUsers.MENTOR).get("/mentor/audits.xhtml?employee=" + tom).status());
        assertEquals(200, Api.as(base, IGOR).get("/mentor/audits.xhtml?employee=" + tom).status());
    }

    // ---------------------------------------------------------------- agency import

    static String row(String ref, String staff, String greeting) {
        return ref + ";12.09.2026;11:20;STORE-CENTRAL;" + staff + ";floor;" + greeting + ";Y;Y;2;Y;Y;2;Y;Y;2;Y;Y;Y;Y;Y;Y\n";
    }

    @Test
    void anImportWithOneBadRowWritesNothingAndSaysWhere() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + row("BAD-" + run + "-1", "NW-1011", "Y") + row("BAD-" + run + "-2", "NW-9999", "Y")
                + row("BAD-" + run + "-3", "NW-1012", "maybe");
        Api auditor = Api.as(base, DemoUsers.AUDITOR);
        long before = visits("agency_code = 'MYSTERY-PLUS'");
        Api.Reply r = auditor.post("/api/audits/import?agency=MYSTERY-PLUS&name=wave.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.status(), r::toString);
        String problems = r.json().getJsonArray("problems").toString();
        assertTrue(problems.contains("\"row\":3") && problems.contains("\"column\":\"Staff no\"")
                && problems.contains("no active employee with number 'NW-9999'"), problems);
        assertTrue(problems.contains("\"row\":4") && problems.contains("\"column\":\"Q1 Greeting\""), problems);
        assertEquals(before, visits("agency_code = 'MYSTERY-PLUS'"), "not even the good first row was written");
        assertEquals(0, visits("agency_ref LIKE ?", "BAD-" + run + "%"));

        // The check (preview) reports the same and writes nothing either.
        Api.Reply check = auditor.post("/api/audits/import?agency=MYSTERY-PLUS&check=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, check.status(), check::toString);
        assertEquals(2, check.json().getInt("problemCount"));
        assertEquals(3, check.json().getInt("rows"));
        assertEquals(1, check.json().getJsonArray("preview").size());
        assertEquals(0, visits("agency_ref LIKE ?", "BAD-" + run + "%"));
    }

    @Test
    void theShippedSampleImportsOnceAndProducesScoresOnAnnasPage() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("content/demo/audits/agency-sample.csv"));
        Api auditor = Api.as(base, DemoUsers.AUDITOR);
        Api.Reply r = auditor.post("/api/audits/import?agency=MYSTERY-PLUS&name=agency-sample.csv", "text/csv", sample);
        assertEquals(200, r.status(), r::toString);
        JsonObject report = r.json();
        assertEquals(8, report.getInt("rows"));
        assertEquals(8, report.getInt("imported") + report.getInt("alreadyImported"));
        assertTrue(report.getBoolean("written"));
        assertEquals(8, visits("agency_code = 'MYSTERY-PLUS' AND agency_ref LIKE 'MP-2026-%'"));
        // Again: nothing new.
        Api.Reply again = auditor.post("/api/audits/import?agency=MYSTERY-PLUS", "text/csv", sample);
        assertEquals(0, again.json().getInt("imported"), again::toString);
        assertEquals(8, visits("agency_code = 'MYSTERY-PLUS' AND agency_ref LIKE 'MP-2026-%'"));

        long anna = idOf(DemoUsers.LEARNER);
        JsonObject summary = Api.as(base, DemoUsers.LEARNER).get("/api/employees/" + anna + "/audit-summary").json();
        JsonObject september = summary.getJsonArray("visits").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("date").equals("2026-09-12")).findFirst().orElseThrow(() -> new AssertionError(summary.toString()));
        assertEquals(75.9, september.getJsonNumber("score").doubleValue(), 0.001, "22 of 29 weight units");
        assertEquals("[\"NEEDS-04\",\"PRESENT-04\",\"EXTRA-01\",\"EXTRA-02\"]", september.getJsonArray("failedRules").toString());
        assertTrue(!september.containsKey("auditor") || september.isNull("auditor"));
        String home = Api.as(base, DemoUsers.LEARNER).get("/learner/home.xhtml").body();
        assertTrue(home.contains("id=\"audits-card\"") && home.contains("75.9%"), "the scores are on Anna's home page");
    }

    @Test
    void anXlsxFileImportsLikeACsv() throws Exception {
        String ref = "XLSX-" + UUID.randomUUID().toString().substring(0, 8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Wave");
        String[] head = HEADER.strip().split(";");
        String[] cells = row(ref, "NW-1012", "N").strip().split(";");
        for (int c = 0; c < head.length; c++) {
            ws.value(0, c, head[c]);
            ws.value(1, c, cells[c]);
        }
        wb.finish();
        Api.Reply r = Api.as(base, DemoUsers.AUDITOR).post("/api/audits/import?agency=MYSTERY-PLUS",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.json().getInt("imported"));
        assertEquals(1, visits("agency_ref = ? AND score_percent = 93.3", ref), "28 of 30: the greeting (weight 2) failed");
    }
}
