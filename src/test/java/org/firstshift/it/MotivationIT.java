package org.firstshift.it;

import jakarta.json.JsonObject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.firstshift.roleplay.domain.Outcome;
import org.firstshift.roleplay.domain.ScenarioGraph;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.ScenarioPaths;
import org.firstshift.testing.TestDatabase;
import org.firstshift.testing.TrainingCompany;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Motivation tiers through the API: explanations, privacy, re-evaluation on results, approvals, schemes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MotivationIT {

    @ArquillianResource
    URL base;

    private static long employeeId(String personnelNumber) throws Exception {
        return TestDatabase.count("SELECT id FROM employee WHERE personnel_number = ?", personnelNumber);
    }

    /** Plays a demo scenario along its best path: a passed, finished attempt. */
    private static void passRolePlay(Api api) {
        ScenarioGraph g = ScenarioPaths.demo("think-about-it.yaml");
        Api.Reply started = api.post("/api/scenarios/RP-THINK/attempts", "application/json", "");
        assertEquals(201, started.status(), started::toString);
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        JsonObject last = null;
        for (String response : ScenarioPaths.best(g, Set.of(Outcome.SALE, Outcome.SATISFIED))) {
            Api.Reply reply = api.postJson("/api/roleplay-attempts/" + attempt + "/choices", "{\"responseId\":\"" + response + "\"}");
            assertEquals(200, reply.status(), reply::toString);
            last = reply.json();
        }
        assertTrue(last.getJsonObject("debrief").getBoolean("passed"), last::toString);
    }

    @Test
    void theDemoNewHireReadsARussianExplanationOfTheDemoScheme() {
        Api.Reply reply = Api.as(base, DemoUsers.LEARNER).inLanguage("ru").get("/api/me/tier");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject card = reply.json();
        assertEquals("RETAIL-TIERS", card.getString("scheme"));
        assertEquals("ru", card.getString("language"));
        String text = card.getString("explanation");
        assertTrue(text.startsWith("Ваш уровень — «" + card.getString("tierName") + "» (грейд " + card.getString("payGrade") + ")"), text);
        assertTrue(text.contains("Для уровня «"), "the next step is named: " + text);
        JsonObject next = card.getJsonObject("next");
        assertFalse(next.getJsonArray("missing").isEmpty());
        JsonObject missing = next.getJsonArray("missing").getJsonObject(0);
        assertFalse(missing.getBoolean("met"));
        assertTrue(text.contains(missing.getString("requirement")), "the missing condition is in the text: " + text);
        assertTrue(missing.getString("label").matches(".*[а-яА-Я].*"), missing::toString);
        Api.Reply en = Api.as(base, DemoUsers.LEARNER).inLanguage("en").get("/api/me/tier");
        assertTrue(en.json().getString("explanation").startsWith("You are a"), en::toString);
    }

    @Test
    void anEmployeeCannotReadAnothersTierAndOnlyHrReadsAnyone() throws Exception {
        long daria = TestDatabase.count("SELECT employee_id FROM account WHERE username = ?", "daria");
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/employees/" + daria + "/tier").status());
        assertEquals(403, Api.as(base, DemoUsers.MENTOR).get("/api/employees/" + daria + "/tier").status());
        assertEquals(403, Api.as(base, DemoUsers.AUDITOR).get("/api/employees/" + daria + "/tier").status());
        assertEquals(401, Api.anonymous(base).get("/api/me/tier").status());
        Api.Reply hr = Api.as(base, DemoUsers.HR).get("/api/employees/" + daria + "/tier");
        assertEquals(200, hr.status(), hr::toString);
        assertEquals(daria, hr.json().getJsonNumber("employeeId").longValue());
        long evaluation = hr.json().getJsonNumber("evaluationId").longValue();
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/tier-evaluations/" + evaluation).status());
        assertEquals(200, Api.as(base, DemoUsers.HR).get("/api/tier-evaluations/" + evaluation).status());
        assertEquals(404, Api.as(base, DemoUsers.HR).get("/api/employees/987654321/tier").status());
    }

    @Test
    void aPassedRolePlayReEvaluatesTheLearnerAndOnlyHrApprovesTheNewPayGrade() throws Exception {
        TrainingCompany company = new TrainingCompany();
        assertEquals(200, company.load(base).status());
        Api lena = company.first.api(base);
        long id = employeeId(company.first.personnelNumber);
        Api.Reply before = lena.get("/api/me/tier");
        assertEquals(200, before.status(), before::toString);
        assertEquals("TRAINEE", before.json().getString("tier"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM tier_change WHERE employee_id = ?", id));

        passRolePlay(lena); // the learning module announces the completed role-play; motivation re-evaluates after commit

        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM tier_evaluation WHERE employee_id = ? AND tier_code = 'CONSULTANT' "
                + "AND trigger_text = 'ActivityCompleted:roleplay'", id), "re-evaluated on the result, before anyone read the tier");
        long change = TestDatabase.count("SELECT id FROM tier_change WHERE employee_id = ? AND status = 'PENDING'", id);
        assertTrue(change > 0);
        JsonObject card = lena.get("/api/me/tier").json();
        assertEquals("CONSULTANT", card.getString("tier"));
        assertEquals("G2", card.getString("payGrade"));
        assertTrue(card.getString("explanation").contains("you passed 1 of 1 role-play (100%)"), card::toString);

        assertEquals(403, lena.post("/api/tier-changes/" + change + "/approve", "application/json", "").status());
        assertEquals(403, Api.as(base, DemoUsers.MENTOR).post("/api/tier-changes/" + change + "/approve", "application/json", "").status());
        assertEquals(403, Api.as(base, DemoUsers.AUDITOR).post("/api/tier-changes/" + change + "/approve", "application/json", "").status());
        assertEquals("PENDING", Api.as(base, DemoUsers.HR).get("/api/tier-changes").array().stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getJsonNumber("id").longValue() == change).findFirst().orElseThrow()
                .getString("status"));

        Api hr = Api.as(base, DemoUsers.HR);
        Api.Reply approved = hr.post("/api/tier-changes/" + change + "/approve", "application/json", "");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("G2", hr.get("/api/employees/" + id).json().getString("payGrade"), "the people module changed the pay grade");
        assertEquals(422, hr.post("/api/tier-changes/" + change + "/approve", "application/json", "").status(), "decided once");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'TierChange' AND entity_id = ? "
                + "AND action = 'APPROVED'", String.valueOf(change)));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Api.Reply csv = hr.get("/api/payroll/pay-grade-changes?from=" + today + "&to=" + today + "&format=csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().startsWith("personnel_number,full_name,location,from_tier,from_grade,to_tier,to_grade"), csv.body());
        assertTrue(csv.body().contains(company.first.personnelNumber + "," + company.first.name + "," + company.location
                + ",TRAINEE,,CONSULTANT,G2," + today + ",hr," + today), csv.body());
        Api.Download xlsx = hr.download("/api/payroll/pay-grade-changes?from=" + today + "&to=" + today + "&format=xlsx");
        assertEquals(200, xlsx.status());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertTrue(wb.getFirstSheet().read().stream().anyMatch(r -> company.first.personnelNumber.equals(r.getCellText(0))
                    && "G2".equals(r.getCellText(6))));
        }
        assertEquals(403, lena.get("/api/payroll/pay-grade-changes?from=" + today + "&to=" + today).status());
        assertEquals(422, hr.get("/api/payroll/pay-grade-changes?from=yesterday&to=" + today).status());
    }

    @Test
    void payrollChoosesItsColumnsAndHeadersInCsvAndXlsx() throws Exception {
        TrainingCompany company = new TrainingCompany();
        assertEquals(200, company.load(base).status());
        Api lena = company.first.api(base);
        long id = employeeId(company.first.personnelNumber);
        assertEquals(200, lena.get("/api/me/tier").status());
        passRolePlay(lena);
        long change = TestDatabase.count("SELECT id FROM tier_change WHERE employee_id = ? AND status = 'PENDING'", id);
        Api hr = Api.as(base, DemoUsers.HR);
        assertEquals(200, hr.post("/api/tier-changes/" + change + "/approve", "application/json", "").status());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String period = "/api/payroll/pay-grade-changes?from=" + today + "&to=" + today;
        String columns = java.net.URLEncoder.encode("to_grade:New grade,personnel_number:Employee No,effective_from:Valid from",
                java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply csv = hr.get(period + "&format=csv&columns=" + columns);
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().startsWith("New grade,Employee No,Valid from\r\n"), csv.body());
        assertTrue(csv.body().contains("G2," + company.first.personnelNumber + "," + today + "\r\n"), csv.body());

        Api.Download xlsx = Api.as(base, DemoUsers.ADMIN).download(period + "&format=xlsx&columns=" + columns);
        assertEquals(200, xlsx.status());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var rows = wb.getFirstSheet().read();
            assertEquals("New grade", rows.get(0).getCellText(0));
            assertEquals("Employee No", rows.get(0).getCellText(1));
            assertEquals("Valid from", rows.get(0).getCellText(2));
            assertEquals(3, rows.get(0).getCellCount());
            assertTrue(rows.stream().anyMatch(r -> "G2".equals(r.getCellText(0))
                    && company.first.personnelNumber.equals(r.getCellText(1))));
        }

        Api.Reply named = hr.get(period + "&format=csv&layout=lohn");
        assertEquals(200, named.status(), named::toString);
        assertTrue(named.body().startsWith("PersNr,Lohngruppe,GueltigAb\r\n"), named.body());
        assertTrue(named.body().contains(company.first.personnelNumber + ",G2," + today), named.body());

        Api.Reply unknownLayout = hr.get(period + "&format=xlsx&layout=sap");
        assertEquals(422, unknownLayout.status(), unknownLayout::toString);
        assertTrue(unknownLayout.body().contains("no payroll layout 'sap'") && unknownLayout.body().contains("lohn"),
                unknownLayout.body());
        Api.Reply unknownField = hr.get(period + "&format=csv&columns=salary,to_grade");
        assertEquals(422, unknownField.status());
        assertTrue(unknownField.body().contains("'salary' is not a payroll field"), unknownField.body());
        assertEquals(403, lena.get(period + "&columns=to_grade").status());
    }

    @Test
    void hrRejectsWithAReasonOnly() throws Exception {
        TrainingCompany company = new TrainingCompany();
        assertEquals(200, company.load(base).status());
        Api mark = company.second.api(base);
        long id = employeeId(company.second.personnelNumber);
        assertEquals(200, mark.get("/api/me/tier").status());
        passRolePlay(mark);
        long change = TestDatabase.count("SELECT id FROM tier_change WHERE employee_id = ? AND status = 'PENDING'", id);
        Api hr = Api.as(base, DemoUsers.HR);
        Api.Reply noReason = hr.postJson("/api/tier-changes/" + change + "/reject", "{\"reason\":\" \"}");
        assertEquals(422, noReason.status(), noReason::toString);
        assertEquals(403, mark.postJson("/api/tier-changes/" + change + "/reject", "{\"reason\":\"no\"}").status());
        Api.Reply rejected = hr.postJson("/api/tier-changes/" + change + "/reject", "{\"reason\":\"Role-play alone is not enough this quarter\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE id = ? AND pay_grade_id IS NULL", id), "pay grade unchanged");
    }

    @Test
    void anEmployeeAppealsAndHrResolves() throws Exception {
        TrainingCompany company = new TrainingCompany();
        assertEquals(200, company.load(base).status());
        Api lena = company.first.api(base);
        assertEquals(422, lena.postJson("/api/me/tier/appeals", "{\"comment\":\"\"}").status());
        Api.Reply appeal = lena.postJson("/api/me/tier/appeals", "{\"comment\":\"My audit on Monday was with a trainee auditor.\"}");
        assertEquals(201, appeal.status(), appeal::toString);
        long appealId = appeal.json().getJsonNumber("id").longValue();
        assertEquals(403, lena.get("/api/tier-appeals").status());
        assertEquals(403, lena.postJson("/api/tier-appeals/" + appealId + "/resolve", "{\"resolution\":\"ok\"}").status());
        Api hr = Api.as(base, DemoUsers.HR);
        assertTrue(hr.get("/api/tier-appeals").array().stream().anyMatch(a -> a.asJsonObject().getJsonNumber("id").longValue() == appealId));
        Api.Reply resolved = hr.postJson("/api/tier-appeals/" + appealId + "/resolve", "{\"resolution\":\"Checked: the audit stands.\"}");
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals("RESOLVED", lena.get("/api/me/tier/appeals").array().getJsonObject(0).getString("status"));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'TierAppeal' AND entity_id = ?",
                String.valueOf(appealId)), "created and resolved are both audited");
    }

    @Test
    void theTierPagesAreForTheirAudienceOnly() {
        assertEquals(200, Api.as(base, DemoUsers.LEARNER).get("/learner/tier.xhtml").status());
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/hr/tiers.xhtml").status());
        assertEquals(403, Api.as(base, DemoUsers.MENTOR).get("/hr/tiers.xhtml").status());
        assertEquals(403, Api.as(base, DemoUsers.AUDITOR).get("/hr/tiers.xhtml").status());
        assertEquals(403, Api.as(base, DemoUsers.HR).get("/learner/tier.xhtml").status());
        Api.Reply hr = Api.as(base, DemoUsers.HR).get("/hr/tiers.xhtml");
        assertEquals(200, hr.status());
        assertTrue(hr.body().contains("RETAIL-TIERS v"), "the scheme in force is shown");
    }

    @Test
    void whatIfAnswersWithTheSameRules() {
        Api.Reply reply = Api.as(base, DemoUsers.LEARNER).postJson("/api/me/tier/what-if", "{\"auditPercent\":95}");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.json().getString("text").startsWith("If your next audit is 95%, you would"), reply::toString);
        assertEquals(422, Api.as(base, DemoUsers.LEARNER).postJson("/api/me/tier/what-if", "{\"auditPercent\":140}").status());
    }

    @Test
    void aSchemeWithAnUnreachableTierIsRefusedWith422AndNothingIsStored() throws Exception {
        String demo = Files.readString(Path.of("content/demo/tiers.yaml"));
        // Expert asks exactly what Confident consultant asks: nobody would ever be a Confident consultant
        String expertLikeConfident = demo.substring(0, demo.indexOf("  - code: EXPERT")) + """
                  - code: EXPERT
                    name: {en: Expert, ru: Эксперт}
                    pay_grade: G4
                    conditions:
                      - {kind: roleplay_pass_rate, min_percent: 50, last_attempts: 10, min_attempts: 1}
                      - {kind: certification, certification: RETAIL-SERVICE}
                      - {kind: exam_best, exam: RETAIL-CERT-EXAM, min_percent: 80}
                      - {kind: audit_average, min_percent: 80, months: 3, min_visits: 1}
                      - {kind: no_critical_failures, months: 6}
                """;
        long versions = TestDatabase.count("SELECT COUNT(*) FROM tier_scheme");
        Api.Reply refused = Api.as(base, DemoUsers.HR).post("/api/tier-schemes", "text/plain", expertLikeConfident);
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused::toString);
        assertTrue(refused.body().contains("tier CONFIDENT is unreachable: tier EXPERT asks nothing more"), refused::toString);
        int confidentLine = demo.lines().toList().indexOf("  - code: CONFIDENT") + 1;
        assertTrue(refused.body().contains("\"row\":" + confidentLine), "the problem names the line of the tier: " + refused.body());
        assertEquals(versions, TestDatabase.count("SELECT COUNT(*) FROM tier_scheme"), "nothing stored");
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).post("/api/tier-schemes", "text/plain", demo).status());
        Api.Reply broken = Api.as(base, DemoUsers.HR).post("/api/tier-schemes", "text/plain", demo.replace("pay_grade: G3", "pay_grade: G9"));
        assertEquals(422, broken.status());
        assertTrue(broken.body().contains("unknown pay grade 'G9'"), broken::toString);
    }
}
