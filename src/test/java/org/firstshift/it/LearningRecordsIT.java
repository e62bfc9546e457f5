package org.firstshift.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.firstshift.elearning.cmi5.domain.ScormStatements;
import org.firstshift.elearning.records.domain.ActivityStatements;
import org.firstshift.roleplay.domain.Outcome;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoExamAnswers;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.ExamFixture;
import org.firstshift.testing.Lrs;
import org.firstshift.testing.ScenarioPaths;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LRS keeps every learning record: exams, certifications, role-plays and shadowing sign-offs
 * appear as statements about the employee's account agent, found by agent and activity; and an
 * erased employee leaves no statement or attempt that names them, while the facts stay countable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningRecordsIT {

    @ArquillianResource
    URL base;

    private Lrs lrs() {
        return Lrs.newKey(base, "learning-records-it " + UUID.randomUUID());
    }

    /** The account agent FirstShift names a user by in the LRS (its home page is the authority's). */
    private static String agent(Lrs lrs, String username) {
        Api.Reply probe = lrs.post("/xapi/statements", "{\"actor\":{\"mbox\":\"mailto:probe@example.com\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"https://firstshift.example/probe\"}}");
        String home = lrs.get("/xapi/statements?statementId=" + probe.array().getString(0)).json()
                .getJsonObject("authority").getJsonObject("account").getString("homePage");
        return "{\"account\":{\"homePage\":\"" + home + "\",\"name\":\"" + username + "\"}}";
    }

    private static JsonArray about(Lrs lrs, String agent, String activity, boolean related) {
        Api.Reply r = lrs.get("/xapi/statements?ascending=true&agent=" + URLEncoder.encode(agent, StandardCharsets.UTF_8)
                + "&activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8) + (related ? "&related_activities=true" : ""));
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("statements");
    }

    private static List<String> verbs(JsonArray statements) {
        return statements.stream().map(s -> s.asJsonObject().getJsonObject("verb").getString("id")).toList();
    }

    private static JsonObject withVerb(JsonArray statements, String verb) {
        return statements.stream().map(JsonValue::asJsonObject).filter(s -> s.getJsonObject("verb").getString("id").equals(verb))
                .findFirst().orElseThrow(() -> new AssertionError("no " + verb + " in " + statements));
    }

    private static java.util.Map<String, String> wrongAnswers(ExamFixture f) {
        return java.util.Map.of(f.q(1), "[\"a\"]", f.q(2), "[\"10\"]", f.q(3), "[\"true\"]");
    }

    private static long submit(ExamFixture f, Api learner, boolean right) {
        JsonObject attempt = learner.postJson("/api/exams/" + f.exam + "/attempts", "{}").json();
        long id = attempt.getJsonNumber("id").longValue();
        for (JsonValue q : attempt.getJsonArray("questions")) {
            String code = q.asJsonObject().getString("id");
            String values = right ? f.rightAnswers().get(code) : wrongAnswers(f).get(code);
            assertEquals(200, learner.putJson("/api/exam-attempts/" + id + "/answers/" + code, "{\"values\":" + values + "}").status());
        }
        Api.Reply submitted = learner.postJson("/api/exam-attempts/" + id + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted::toString);
        return id;
    }

    @Test
    void aScoredExamIsPassedOrFailedAndCompletedOnceWithTheScaledScore() throws Exception {
        ExamFixture f = new ExamFixture(1).load(base);
        ExamFixture.Learner learner = f.learners.get(0);
        Api api = learner.api(base);
        long failedAttempt = submit(f, api, false);
        long passedAttempt = submit(f, api, true);
        // submitting again changes nothing, and writes nothing twice
        assertEquals(200, api.postJson("/api/exam-attempts/" + passedAttempt + "/submit", "{}").status());

        Lrs lrs = lrs();
        String exam = ActivityStatements.activity("exam", f.exam);
        JsonArray found = about(lrs, agent(lrs, learner.username), exam, false);
        assertEquals(List.of(ActivityStatements.FAILED, ActivityStatements.COMPLETED, ActivityStatements.PASSED, ActivityStatements.COMPLETED),
                verbs(found), found::toString);
        JsonObject passed = withVerb(found, ActivityStatements.PASSED);
        JsonObject result = passed.getJsonObject("result");
        assertEquals(1.0, result.getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);
        assertEquals(3, result.getJsonObject("score").getInt("max"));
        assertTrue(result.getBoolean("success"));
        assertTrue(result.getString("duration").startsWith("PT"), result::toString);
        assertEquals(learner.name, passed.getJsonObject("actor").getString("name"));
        assertEquals("module:records", passed.getJsonObject("authority").getJsonObject("account").getString("name"));
        assertEquals(ActivityStatements.uuid("exam-attempt:" + passedAttempt), passed.getJsonObject("context").getString("registration"));
        JsonObject failed = withVerb(found, ActivityStatements.FAILED);
        assertFalse(failed.getJsonObject("result").getBoolean("success"));
        assertEquals(ActivityStatements.uuid("exam-attempt:" + failedAttempt), failed.getJsonObject("context").getString("registration"));
        assertEquals(4, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE object_activity = ?", exam));
    }

    @Test
    void passingTheCertificationExamEarnsTheCertificationInTheLrs() throws Exception {
        ExamFixture f = new ExamFixture(1).load(base);
        ExamFixture.Learner learner = f.learners.get(0);
        long attempt = DemoExamAnswers.passAs(learner.api(base)).getJsonNumber("id").longValue();

        Lrs lrs = lrs();
        JsonArray found = about(lrs, agent(lrs, learner.username), ActivityStatements.activity("certification", CertificationExamIT.CERT), false);
        assertEquals(List.of(ActivityStatements.EARNED), verbs(found), found::toString);
        JsonObject earned = found.getJsonObject(0);
        assertEquals(LocalDate.now(Clock.systemUTC()).toString(), earned.getJsonObject("result").getJsonObject("extensions")
                .getString(ActivityStatements.EXTENSIONS + "valid-from"));
        // the certificate and the exam attempt that earned it share a registration
        String registration = earned.getJsonObject("context").getString("registration");
        assertEquals(ActivityStatements.uuid("exam-attempt:" + attempt), registration);
        Api.Reply attemptStatements = lrs.get("/xapi/statements?registration=" + registration);
        assertEquals(3, attemptStatements.json().getJsonArray("statements").size(), attemptStatements::toString);
    }

    @Test
    void aFinishedRoleplayIsCompletedAgainstThePassMarkAndEachChoiceRespondedWithItsRules() {
        ExamFixture f = new ExamFixture(1).load(base);
        ExamFixture.Learner learner = f.learners.get(0);
        Api api = learner.api(base);
        Api.Reply started = api.post("/api/scenarios/RP-THINK/attempts", "application/json", "");
        assertEquals(201, started.status(), started::toString);
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        List<String> path = ScenarioPaths.best(ScenarioPaths.demo("think-about-it.yaml"), Set.of(Outcome.SALE, Outcome.SATISFIED));
        JsonObject last = null;
        for (String response : path) {
            Api.Reply r = api.postJson("/api/roleplay-attempts/" + attempt + "/choices", "{\"responseId\":\"" + response + "\"}");
            assertEquals(200, r.status(), r::toString);
            last = r.json();
        }
        JsonObject debrief = last.getJsonObject("debrief");

        Lrs lrs = lrs();
        String scenario = ActivityStatements.activity("roleplay", "RP-THINK");
        JsonArray found = about(lrs, agent(lrs, learner.username), scenario, true);
        assertEquals(path.size() + 1, found.size(), found::toString);
        JsonObject completed = withVerb(found, ActivityStatements.COMPLETED);
        assertTrue(completed.getJsonObject("result").getBoolean("success"));
        assertEquals(debrief.getInt("percent") / 100.0,
                completed.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);
        List<JsonObject> responded = found.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonObject("verb").getString("id").equals(ActivityStatements.RESPONDED)).toList();
        assertEquals(path, responded.stream().map(s -> s.getJsonObject("result").getString("response")).toList());
        Set<String> honoured = new java.util.HashSet<>();
        responded.forEach(s -> s.getJsonObject("context").getJsonObject("extensions")
                .getJsonArray(ActivityStatements.EXTENSIONS + "rules-honoured").getValuesAs(JsonString::getString).forEach(honoured::add));
        Set<String> debriefed = new java.util.HashSet<>();
        debrief.getJsonArray("honoured").forEach(h -> debriefed.add(h.asJsonObject().getString("id")));
        assertFalse(debriefed.isEmpty(), debrief::toString);
        assertTrue(honoured.containsAll(debriefed), "every rule the debrief credits is on a responded statement: " + honoured + " vs " + debriefed);
    }

    @Test
    void aShadowingSignOffNamesTheMentorAsInstructor() {
        long tom = Api.as(base, "tom").get("/api/me").json().getJsonNumber("id").longValue();
        long igor = Api.as(base, "igor").get("/api/me").json().getJsonNumber("id").longValue();
        Api hr = Api.as(base, DemoUsers.HR);
        String today = LocalDate.now(Clock.systemUTC()).toString();
        boolean scheduled = hr.get("/api/shadowing/shifts?from=" + today + "&to=" + today).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getJsonNumber("traineeId").longValue() == tom && s.getJsonNumber("mentorId").longValue() == igor);
        if (!scheduled) {
            assertEquals(201, hr.postJson("/api/shadowing/shifts", """
                    {"traineeId": %d, "mentorId": %d, "date": "%s", "startsAt": "09:00", "endsAt": "18:00"}"""
                    .formatted(tom, igor, today)).status());
        }
        Api.Reply signed = Api.as(base, "igor").postJson("/api/shadowing/signoffs",
                ShadowingIT.signOff(UUID.randomUUID().toString(), tom, "SH-S-GREET", "WITH_HELP", null));
        assertEquals(201, signed.status(), signed::toString);
        long record = signed.json().getJsonNumber("id").longValue();

        Lrs lrs = lrs();
        Api.Reply r = lrs.get("/xapi/statements?statementId=" + ActivityStatements.uuid("shadowing-record:" + record + ":" + ActivityStatements.COMPLETED));
        assertEquals(200, r.status(), r::toString);
        JsonObject s = r.json();
        assertEquals("tom", s.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertEquals("igor", s.getJsonObject("context").getJsonObject("instructor").getJsonObject("account").getString("name"));
        assertFalse(s.getJsonObject("result").getBoolean("success"), "with help is not yet independent");
        assertEquals("WITH_HELP", s.getJsonObject("result").getJsonObject("extensions").getString(ActivityStatements.EXTENSIONS + "shadowing-rating"));
        // found as Igor's too: he is in the context
        JsonArray igors = about(lrs, agent(lrs, "igor"), s.getJsonObject("object").getString("id"), false);
        assertEquals(0, igors.size(), "agent= matches the actor only (not the instructor) unless related_agents is asked");
        Api.Reply related = lrs.get("/xapi/statements?related_agents=true&agent=" + URLEncoder.encode(agent(lrs, "igor"), StandardCharsets.UTF_8)
                + "&activity=" + URLEncoder.encode(s.getJsonObject("object").getString("id"), StandardCharsets.UTF_8));
        assertTrue(related.json().getJsonArray("statements").stream().anyMatch(x -> x.asJsonObject().getString("id").equals(s.getString("id"))),
                related::toString);
    }

    @Test
    void anErasedEmployeeLeavesNoStatementOrAttemptThatNamesThemButTheFactsStay() throws Exception {
        ExamFixture f = new ExamFixture(1).load(base);
        ExamFixture.Learner learner = f.learners.get(0);
        Api api = learner.api(base);
        long employeeId = api.get("/api/me").json().getJsonNumber("id").longValue();

        // a SCORM attempt with an interaction, through the run-time API
        String code = "lr-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, PackagesIT.upload(Api.as(base, DemoUsers.AUTHOR), "p.zip", "application/zip",
                ScormXapiIT.scorm12("lr." + UUID.randomUUID()), code).status());
        long packageAttempt = api.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}").json()
                .getJsonNumber("attemptId").longValue();
        Api.Reply committed = api.postJson("/api/package-attempts/" + packageAttempt + "/commits", """
                {"calls":[{"element":"cmi.interactions.0.id","value":"q1"},
                          {"element":"cmi.interactions.0.type","value":"true-false"},
                          {"element":"cmi.interactions.0.student_response","value":"t"},
                          {"element":"cmi.interactions.0.result","value":"correct"},
                          {"element":"cmi.core.score.raw","value":"90"}],"finish":true}""");
        assertEquals(200, committed.status(), committed::toString);
        // and an exam
        submit(f, api, true);

        String registration = ScormStatements.registration(packageAttempt);
        String exam = ActivityStatements.activity("exam", f.exam);
        long scormStatements = TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE registration = ?", registration);
        assertTrue(scormStatements >= 5, "attempted, answered, completed, passed, terminated: " + scormStatements);
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE object_activity = ?", exam));
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE body LIKE ?", "%\"" + learner.username + "\"%") >= scormStatements + 2);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM elearning_package_attempt WHERE id = ? AND cmi LIKE ?",
                packageAttempt, "%" + learner.name + "%"), "the attempt holds the learner's name until erased");

        assertEquals(200, Api.as(base, DemoUsers.HR).postJson("/api/employees/" + employeeId + "/deactivate", "{}").status());
        Api.Reply erased = Api.as(base, DemoUsers.ADMIN).postJson("/api/employees/" + employeeId + "/personal-data/erase",
                "{\"reason\": \"learning records test\"}");
        assertEquals(200, erased.status(), erased::toString);

        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE body LIKE ?", "%\"" + learner.username + "\"%"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE body LIKE ?", "%" + learner.name + "%"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM elearning_package_attempt WHERE employee_id = ? AND (cmi LIKE ? OR cmi LIKE ?)",
                employeeId, "%" + learner.name + "%", "%cmi.interactions%"));
        // the anonymised facts stay: as many statements about the attempt and the exam, and the attempt's status and score
        assertEquals(scormStatements, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE registration = ?", registration));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE object_activity = ?", exam));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM elearning_package_attempt WHERE id = ? AND lesson_status = 'passed'", packageAttempt));
    }

    @Test
    void anErasedMentorIsNoLongerNamedAsInstructorOfOthersStatements() throws Exception {
        String number = "LR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "lr" + number.substring(3).toLowerCase();
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Mira Mentor %s","hireDate":"2026-01-05",
                 "position":"CASHIER","location":"STORE-MALL","payGrade":"G1","language":"en","username":"%s","roles":["MENTOR"]}"""
                .formatted(number, number, username));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        Lrs lrs = lrs();
        String mentor = agent(lrs, username).replace("{\"account\"", "{\"name\":\"Mira Mentor " + number + "\",\"account\"");
        String activity = "https://firstshift.example/activities/instructed-" + number;
        Api.Reply posted = lrs.post("/xapi/statements", "{\"actor\":{\"mbox\":\"mailto:trainee-" + number.toLowerCase() + "@example.com\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":{\"id\":\"" + activity + "\"},"
                + "\"context\":{\"instructor\":" + mentor + "}}");
        assertEquals(200, posted.status(), posted::toString);

        assertEquals(200, Api.as(base, DemoUsers.HR).postJson("/api/employees/" + id + "/deactivate", "{}").status());
        assertEquals(200, Api.as(base, DemoUsers.ADMIN).postJson("/api/employees/" + id + "/personal-data/erase", "{\"reason\": \"instructor test\"}").status());

        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE object_activity = ?", activity), "the statement stays");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE object_activity = ? AND (body LIKE ? OR body LIKE ?)",
                activity, "%\"" + username + "\"%", "%Mira Mentor%"));
        Api.Reply related = lrs.get("/xapi/statements?related_agents=true&agent=" + URLEncoder.encode(agent(lrs, username), StandardCharsets.UTF_8));
        assertEquals(0, related.json().getJsonArray("statements").size(), related::toString);
    }
}
