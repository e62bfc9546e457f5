package org.firstshift.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.firstshift.elearning.cmi5.domain.ScormStatements;
import org.firstshift.elearning.packages.domain.PackageFixtures;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.Lrs;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A SCORM attempt driven through the run-time API shows up in the LRS as xAPI statements. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScormXapiIT {

    @ArquillianResource
    URL base;

    static byte[] scorm12(String manifestId) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", ("""
                <?xml version="1.0"?>
                <manifest identifier="%s" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="o"><organization identifier="o"><title>Till basics</title>
                    <item identifier="i1" identifierref="r1"><title>Open the till</title><adlcp:masteryscore>80</adlcp:masteryscore></item>
                  </organization></organizations>
                  <resources><resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html">
                    <file href="sco/index.html"/></resource></resources>
                </manifest>
                """.formatted(manifestId)).getBytes(StandardCharsets.UTF_8));
        files.put("sco/index.html", "<!doctype html><title>SCO</title><p>Till</p>".getBytes(StandardCharsets.UTF_8));
        return PackageFixtures.zip(files);
    }

    private String upload(String manifestId) {
        String code = "sx-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = PackagesIT.upload(Api.as(base, DemoUsers.AUTHOR), "p.zip", "application/zip", scorm12(manifestId), code);
        assertEquals(201, r.status(), r::toString);
        return code;
    }

    private static JsonArray statements(Lrs lrs, String registration) {
        Api.Reply r = lrs.get("/xapi/statements?ascending=true&registration=" + registration);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("statements");
    }

    private static List<String> verbs(JsonArray statements) {
        return statements.stream().map(s -> s.asJsonObject().getJsonObject("verb").getString("id")
                .replaceAll(".*/", "")).toList();
    }

    private static JsonObject withVerb(JsonArray statements, String verb) {
        return statements.stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonObject("verb").getString("id").endsWith("/" + verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + verb + "' statement in " + statements));
    }

    @Test
    void aScormAttemptIsWrittenToTheLrsAsStatementsWithScoresAndDuration() {
        String manifestId = "sx." + UUID.randomUUID();
        String code = upload(manifestId);
        Api anna = Api.as(base, DemoUsers.LEARNER);
        long attempt = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}").json()
                .getJsonNumber("attemptId").longValue();
        Api.Reply c = anna.postJson("/api/package-attempts/" + attempt + "/commits", """
                {"calls":[{"element":"cmi.core.score.raw","value":"90"},
                          {"element":"cmi.core.score.min","value":"0"},
                          {"element":"cmi.core.score.max","value":"100"},
                          {"element":"cmi.core.session_time","value":"00:03:07.5"},
                          {"element":"cmi.core.exit","value":"suspend"}],"finish":true}""");
        assertEquals(200, c.status(), c::toString);
        assertEquals("passed", c.json().getString("successStatus"));

        Lrs lrs = Lrs.newKey(base, "scorm-xapi-it " + UUID.randomUUID());
        String registration = ScormStatements.registration(attempt);
        JsonArray found = statements(lrs, registration);
        assertEquals(List.of("attempted", "completed", "passed", "suspended"), verbs(found));

        JsonObject passed = withVerb(found, "passed");
        assertEquals("urn:x-firstshift:package:" + manifestId + "/i1", passed.getJsonObject("object").getString("id"));
        assertEquals("Till basics", passed.getJsonObject("object").getJsonObject("definition").getJsonObject("name").getString("en-US"));
        JsonObject account = passed.getJsonObject("actor").getJsonObject("account");
        assertEquals(DemoUsers.LEARNER, account.getString("name"));
        assertTrue(account.getString("homePage").endsWith("/xapi"), account.toString());
        JsonObject score = passed.getJsonObject("result").getJsonObject("score");
        assertEquals(0.9, score.getJsonNumber("scaled").doubleValue(), 1e-9);
        assertEquals(90, score.getJsonNumber("raw").intValue());
        assertEquals(100, score.getJsonNumber("max").intValue());
        assertTrue(passed.getJsonObject("result").getBoolean("success"));
        assertEquals("module:packages", passed.getJsonObject("authority").getJsonObject("account").getString("name"));
        assertEquals("PT0H3M7.5S", withVerb(found, "suspended").getJsonObject("result").getString("duration"));

        // The learner comes back to the same attempt: resumed, and the statuses are not written twice.
        anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}");
        assertEquals(200, anna.postJson("/api/package-attempts/" + attempt + "/commits",
                "{\"calls\":[{\"element\":\"cmi.core.exit\",\"value\":\"\"}],\"finish\":true}").status());
        assertEquals(List.of("attempted", "completed", "passed", "suspended", "resumed", "terminated"), verbs(statements(lrs, registration)));

        // The learner is found by their account agent, as the LRS identifies employees.
        String agent = URLEncoder.encode(passed.getJsonObject("actor").toString(), StandardCharsets.UTF_8);
        Api.Reply mine = lrs.get("/xapi/statements?verb=http://adlnet.gov/expapi/verbs/passed&agent=" + agent
                + "&activity=" + URLEncoder.encode(passed.getJsonObject("object").getString("id"), StandardCharsets.UTF_8));
        assertEquals(1, mine.json().getJsonArray("statements").size(), mine::toString);
    }

    @Test
    void aFailedScoreIsAFailedStatementAndAnotherLearnersAttemptHasItsOwnRegistration() {
        String code = upload("sx." + UUID.randomUUID());
        Api anna = Api.as(base, DemoUsers.LEARNER);
        long annas = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}").json().getJsonNumber("attemptId").longValue();
        assertEquals(200, anna.postJson("/api/package-attempts/" + annas + "/commits",
                "{\"calls\":[{\"element\":\"cmi.core.score.raw\",\"value\":\"40\"}],\"finish\":true}").status());
        Api mikhail = Api.as(base, DemoUsers.MENTOR);
        long his = mikhail.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}").json().getJsonNumber("attemptId").longValue();

        Lrs lrs = Lrs.newKey(base, "scorm-xapi-it " + UUID.randomUUID());
        JsonArray annasStatements = statements(lrs, ScormStatements.registration(annas));
        assertEquals(List.of("attempted", "completed", "failed", "terminated"), verbs(annasStatements));
        JsonObject failed = withVerb(annasStatements, "failed");
        assertFalse(failed.getJsonObject("result").getBoolean("success"));
        assertEquals(40, failed.getJsonObject("result").getJsonObject("score").getJsonNumber("raw").intValue());
        JsonArray his1 = statements(lrs, ScormStatements.registration(his));
        assertEquals(List.of("attempted"), verbs(his1));
        assertEquals(DemoUsers.MENTOR, his1.getJsonObject(0).getJsonObject("actor").getJsonObject("account").getString("name"));
    }

    @Test
    void interactionsAndObjectivesAreStatementsWrittenOnceThoughTheScoSendsThemAgain() {
        String manifestId = "sx." + UUID.randomUUID();
        String code = upload(manifestId);
        Api anna = Api.as(base, DemoUsers.LEARNER);
        long attempt = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}").json()
                .getJsonNumber("attemptId").longValue();
        String commits = "/api/package-attempts/" + attempt + "/commits";
        // the SCO reports the question first, the learner's answer in a later commit
        assertEquals(200, anna.postJson(commits, """
                {"calls":[{"element":"cmi.interactions.0.id","value":"q-greet"},
                          {"element":"cmi.interactions.0.type","value":"choice"},
                          {"element":"cmi.interactions.0.correct_responses.0.pattern","value":"a,c"}]}""").status());
        String answer = """
                {"calls":[{"element":"cmi.interactions.0.student_response","value":"a,c"},
                          {"element":"cmi.interactions.0.result","value":"correct"},
                          {"element":"cmi.interactions.0.latency","value":"00:00:09"},
                          {"element":"cmi.objectives.0.id","value":"obj-greet"},
                          {"element":"cmi.objectives.0.status","value":"passed"}],"finish":%s}""";
        assertEquals(200, anna.postJson(commits, answer.formatted("false")).status());
        // ... and, as SCOs do, sends everything again with the finish
        assertEquals(200, anna.postJson(commits, answer.formatted("true")).status());

        Lrs lrs = Lrs.newKey(base, "scorm-xapi-it " + UUID.randomUUID());
        JsonArray found = statements(lrs, ScormStatements.registration(attempt));
        assertEquals(1, verbs(found).stream().filter("answered"::equals).count(), found::toString);
        JsonObject answered = withVerb(found, "answered");
        String sco = "urn:x-firstshift:package:" + manifestId + "/i1";
        assertEquals(sco + "/interaction/q-greet", answered.getJsonObject("object").getString("id"));
        JsonObject definition = answered.getJsonObject("object").getJsonObject("definition");
        assertEquals("http://adlnet.gov/expapi/activities/cmi.interaction", definition.getString("type"));
        assertEquals("choice", definition.getString("interactionType"));
        assertEquals("a[,]c", definition.getJsonArray("correctResponsesPattern").getString(0));
        assertEquals("a[,]c", answered.getJsonObject("result").getString("response"));
        assertTrue(answered.getJsonObject("result").getBoolean("success"));
        assertEquals("PT0H0M9S", answered.getJsonObject("result").getString("duration"));

        // found by agent and activity, as a report asks
        String agent = URLEncoder.encode(answered.getJsonObject("actor").toString(), StandardCharsets.UTF_8);
        Api.Reply byActivity = lrs.get("/xapi/statements?agent=" + agent + "&activity=" + URLEncoder.encode(sco + "/interaction/q-greet", StandardCharsets.UTF_8));
        assertEquals(1, byActivity.json().getJsonArray("statements").size(), byActivity::toString);
        Api.Reply objective = lrs.get("/xapi/statements?agent=" + agent + "&activity=" + URLEncoder.encode(sco + "/objective/obj-greet", StandardCharsets.UTF_8));
        JsonArray objectiveStatements = objective.json().getJsonArray("statements");
        assertEquals(List.of("passed"), verbs(objectiveStatements), objective::toString);
        assertEquals("http://adlnet.gov/expapi/activities/objective",
                objectiveStatements.getJsonObject(0).getJsonObject("object").getJsonObject("definition").getString("type"));
        // the SCO activity's own statements are found with related activities (the interaction has it as parent)
        Api.Reply related = lrs.get("/xapi/statements?related_activities=true&agent=" + agent + "&activity=" + URLEncoder.encode(sco, StandardCharsets.UTF_8));
        assertTrue(verbs(related.json().getJsonArray("statements")).containsAll(List.of("attempted", "answered", "passed", "terminated")), related::toString);
    }
}
