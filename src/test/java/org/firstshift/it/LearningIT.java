package org.firstshift.it;

import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoContent;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Standards, programs and enrolment through the API, and content rules for them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningIT {

    @ArquillianResource
    URL base;

    @Test
    void theDemoStandardIsPublishedWithItsRulesInBothLanguages() {
        var standards = Api.as(base, DemoUsers.LEARNER).get("/api/standards").array();
        JsonObject retail = standards.stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("id").equals("RETAIL")).findFirst().orElseThrow();
        assertTrue(retail.getInt("publishedVersion") >= 1);

        var en = Api.as(base, DemoUsers.AUDITOR).get("/api/standards/RETAIL/rules").array();
        var ru = Api.as(base, DemoUsers.AUDITOR).inLanguage("ru").get("/api/standards/RETAIL/rules").array();
        assertEquals(en.size(), ru.size());
        assertTrue(en.size() >= 40, "the demo standard is a full one");
        JsonObject greetEn = en.stream().map(v -> v.asJsonObject()).filter(r -> r.getString("id").equals("GREET-01")).findFirst().orElseThrow();
        JsonObject greetRu = ru.stream().map(v -> v.asJsonObject()).filter(r -> r.getString("id").equals("GREET-01")).findFirst().orElseThrow();
        assertEquals("HARD", greetEn.getString("kind"));
        assertTrue(greetRu.getString("statement").matches(".*[а-яА-Я].*"), "Russian statement: " + greetRu.getString("statement"));
        assertFalse(greetEn.getString("statement").equals(greetRu.getString("statement")));
        assertEquals(404, Api.as(base, DemoUsers.LEARNER).get("/api/standards/NOPE/rules").status());
    }

    @Test
    void theNewHireSeesTheOnboardingProgramWithDueDatesFromTheHireDate() {
        JsonObject me = Api.as(base, DemoUsers.LEARNER).get("/api/me/program").json();
        assertEquals("Anna Petrova", me.getString("name"));
        JsonObject sales = me.getJsonArray("programs").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("id").equals("ONBOARD-SALES")).findFirst().orElseThrow();
        var activities = sales.getJsonArray("activities");
        assertEquals(DemoContent.activityCount("ONBOARD-SALES"), activities.size());
        JsonObject first = activities.getJsonObject(0);
        assertEquals("lesson", first.getString("type"));
        assertEquals(me.getString("hireDate"), first.getString("dueOn"), "day 1 is the hire date");
        assertTrue(activities.stream().anyMatch(a -> a.asJsonObject().getBoolean("locked")), "some steps wait for others");
        int percent = sales.getInt("percentDone");
        assertTrue(percent >= 0 && percent <= 100);
        assertNotNull(me.get("next"));
    }

    @Test
    void programsFollowTheAudienceTheCashierGetsTheCashierProgram() {
        var programs = Api.as(base, "daria").get("/api/me/program").json().getJsonArray("programs");
        assertEquals(1, programs.size());
        assertEquals("ONBOARD-CASHIER", programs.getJsonObject(0).getString("id"));
    }

    @Test
    void onlyLearnersHaveAProgram() {
        assertEquals(403, Api.as(base, DemoUsers.HR).get("/api/me/program").status());
        assertEquals(403, Api.as(base, DemoUsers.AUTHOR).get("/api/me/program").status());
        assertEquals(401, Api.anonymous(base).get("/api/me/program").status());
    }

    @Test
    void movingAnEmployeeReassignsTheirProgramAndKeepsTheOldEnrolment() throws Exception {
        String number = "MV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api hr = Api.as(base, DemoUsers.HR);
        String json = """
                {"personnelNumber":"%s","fullName":"Mover %s","hireDate":"2026-11-01","position":"%s","location":"STORE-MALL"}""";
        long id = hr.postJson("/api/employees", json.formatted(number, number, "SALES_CONSULTANT")).json().getJsonNumber("id").longValue();
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM enrolment e JOIN program p ON p.id = e.program_id "
                + "WHERE e.employee_id = ? AND p.code = 'ONBOARD-SALES' AND e.active = TRUE", id));

        assertEquals(200, hr.putJson("/api/employees/" + id, json.formatted(number, number, "CASHIER")).status());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM enrolment e JOIN program p ON p.id = e.program_id "
                + "WHERE e.employee_id = ? AND p.code = 'ONBOARD-CASHIER' AND e.active = TRUE", id));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM enrolment e JOIN program p ON p.id = e.program_id "
                + "WHERE e.employee_id = ? AND p.code = 'ONBOARD-SALES' AND e.active = FALSE", id), "kept, inactive");
    }

    @Test
    void aProgramWithAPrerequisiteCycleIsRefusedWithTheCycleNamed() throws Exception {
        byte[] zip = ContentIT.zip(Map.of("company.yaml", "name: Cycle Co\n", "programs.yaml", """
                programs:
                  - id: LOOPY
                    title: {en: Loopy, ru: Петля}
                    activities:
                      - {id: A1, type: lesson, ref: L-GREET, due_day: 1, requires: [A2]}
                      - {id: A2, type: lesson, ref: L-LOOK, due_day: 2, requires: [A1]}
                """));
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", zip);
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("prerequisite cycle: A1 -> A2 -> A1"), reply::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM program WHERE code = 'LOOPY'"));
    }

    @Test
    void aRuleIdUsedTwiceInAStandardIsRefused() throws Exception {
        byte[] zip = ContentIT.zip(Map.of("company.yaml", "name: Twice Co\n", "standards/twice.yaml", """
                id: TWICE
                title: {en: Twice, ru: Дважды}
                sections:
                  - id: A
                    title: {en: A, ru: А}
                    rules:
                      - {id: A-01, kind: hard, statement: {en: One, ru: Один}}
                  - id: B
                    title: {en: B, ru: Б}
                    rules:
                      - {id: A-01, kind: forbidden, statement: {en: Again, ru: Снова}}
                """));
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", zip);
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("rule id 'A-01' is used twice"), reply::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM service_standard WHERE code = 'TWICE'"));
    }

    @Test
    void aLessonTeachingAnUnknownRuleIsRefused() throws Exception {
        byte[] zip = ContentIT.zip(Map.of("company.yaml", "name: Typo Co\n", "courses/typo.yaml", """
                id: TYPO
                title: {en: Typo, ru: Опечатка}
                lessons:
                  - id: L-TYPO
                    title: {en: Typo, ru: Опечатка}
                    teaches: [GREET-99]
                    body: {en: text, ru: текст}
                """));
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", zip);
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("unknown rule id 'GREET-99'"), reply::toString);
    }
}
