package org.firstshift.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.firstshift.elearning.packages.domain.PackageFixtures;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.Lrs;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cmi5 statement rules as the LRS enforces them on an AU's launch credential (each refusal is
 * 403, names the rule and stores nothing), launch modes, launchMethod, waivers (HR/admin only) and
 * "satisfied" for blocks and the course. The test plays the AU over HTTP, as Cmi5LaunchIT does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Cmi5RulesIT {
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String EXPERIENCED = VERBS + "experienced";
    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";

    @ArquillianResource
    URL base;

    /** A course: top-level AUs and blocks as cmi5.xml text, each AU with a page. */
    String upload(String body) {
        String code = "c5r-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("cmi5.xml", ("""
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="https://courses.example.org/%1$s"><title><langstring lang="en">Rules</langstring></title>
                    <description><langstring lang="en">Rules.</langstring></description></course>
                  %2$s
                </courseStructure>
                """.formatted(code, body.replace("{c}", "https://courses.example.org/" + code))).getBytes(StandardCharsets.UTF_8));
        files.put("au/index.html", "<!doctype html><title>AU</title><p>AU</p>".getBytes(StandardCharsets.UTF_8));
        Api.Reply r = PackagesIT.upload(Api.as(base, DemoUsers.AUTHOR), "cmi5.zip", "application/zip", PackageFixtures.zip(files), code);
        assertEquals(201, r.status(), r::toString);
        return code;
    }

    static String au(String id, String attributes, String extra) {
        return "<au id=\"{c}/" + id + "\" " + attributes + "><title><langstring lang=\"en\">" + id + "</langstring></title>"
                + "<description><langstring lang=\"en\">" + id + "</langstring></description><url>au/index.html</url>" + extra + "</au>";
    }

    record Au(Map<String, String> launch, Lrs lrs, JsonObject launchData, JsonObject view) {
        String sessionId() {
            return launchData.getJsonObject("contextTemplate").getJsonObject("extensions").getString(Cmi5LaunchIT.SESSION);
        }

        /** A statement as the AU writes it from its contextTemplate; {@code cmi5}: with the cmi5 category. */
        JsonObjectBuilder statement(String verb, String result, boolean cmi5) {
            JsonObject template = launchData.getJsonObject("contextTemplate");
            var category = Json.createArrayBuilder();
            if (cmi5) {
                category.add(Json.createObjectBuilder().add("id", Cmi5LaunchIT.CMI5));
            }
            var s = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                    .add("actor", Json.createReader(new StringReader(launch.get("actor"))).readObject())
                    .add("verb", Json.createObjectBuilder().add("id", verb))
                    .add("object", Json.createObjectBuilder().add("id", launch.get("activityId")))
                    .add("context", Json.createObjectBuilder(template).add("registration", launch.get("registration"))
                            .add("contextActivities", Json.createObjectBuilder(template.getJsonObject("contextActivities")).add("category", category)))
                    .add("timestamp", Instant.now().toString());
            if (result != null) {
                s.add("result", Json.createReader(new StringReader(result)).readObject());
            }
            return s;
        }

        Api.Reply send(JsonObject s) {
            return lrs.post("/xapi/statements", s.toString());
        }

        Api.Reply send(String verb, String result) {
            return send(statement(verb, result, !verb.equals(EXPERIENCED)).build());
        }
    }

    Au launch(String code, int seq, String mode) {
        String body = "{\"packageCode\":\"" + code + "\",\"au\":" + seq + (mode == null ? "" : ",\"launchMode\":\"" + mode + "\"") + "}";
        Api.Reply launched = Api.as(base, DemoUsers.LEARNER).postJson("/api/cmi5-launches", body);
        assertEquals(200, launched.status(), launched::toString);
        Map<String, String> q = Cmi5LaunchIT.query(launched.json().getString("launchUrl"));
        Api.Reply token = Cmi5LaunchIT.post(q.get("fetch"));
        Lrs lrs = Lrs.with(base, "Basic " + token.json().getString("auth-token"));
        Api.Reply state = lrs.get("/xapi/activities/state?stateId=LMS.LaunchData&activityId=" + Cmi5LaunchIT.enc(q.get("activityId"))
                + "&agent=" + Cmi5LaunchIT.enc(q.get("actor")) + "&registration=" + q.get("registration"));
        assertEquals(200, state.status(), state::toString);
        return new Au(q, lrs, state.json(), launched.json());
    }

    /** The statement is refused with 403 naming the rule, and the LRS does not have it. */
    void refused(Au au, JsonObject s, String rule) {
        Api.Reply r = au.send(s);
        assertEquals(403, r.status(), () -> rule + ": " + r);
        assertTrue(r.body().contains("cmi5 rule " + rule), () -> rule + ": " + r.body());
        Api.Reply stored = reader().get("/xapi/statements?statementId=" + s.getString("id"));
        assertEquals(404, stored.status(), () -> "nothing stored for a refused statement: " + stored);
    }

    void refused(Au au, String verb, String result, String rule) {
        refused(au, au.statement(verb, result, !verb.equals(EXPERIENCED)).build(), rule);
    }

    Lrs reader() {
        return Lrs.newKey(base, "cmi5-rules-it " + UUID.randomUUID());
    }

    JsonArray statements(String verb, String registration) {
        return reader().get("/xapi/statements?verb=" + Cmi5LaunchIT.enc(verb) + "&registration=" + registration).json().getJsonArray("statements");
    }

    @Test
    void everyBrokenRuleIsRefusedWith403NamingItAndNothingIsStored() {
        String code = upload(au("au/1", "moveOn=\"CompletedAndPassed\" masteryScore=\"0.8\"", ""));
        Au au = launch(code, 0, null);
        refused(au, EXPERIENCED, null, "9.3.2 initialized first");
        assertEquals(200, au.send(VERBS + "initialized", null).status());
        assertEquals(1, statements(VERBS + "initialized", au.launch().get("registration")).size());
        refused(au, VERBS + "initialized", null, "9.3.2 initialized once");
        refused(au, au.statement(VERBS + "completed", "{\"completion\":true,\"duration\":\"PT1M\"}", false).build(), "9.6.2.1 cmi5 category");
        refused(au, VERBS + "completed", "{\"completion\":true}", "9.5.4.1 duration");
        JsonObject otherSession = au.statement(EXPERIENCED, null, false)
                .add("context", Json.createObjectBuilder(au.statement(EXPERIENCED, null, false).build().getJsonObject("context"))
                        .add("extensions", Json.createObjectBuilder().add(Cmi5LaunchIT.SESSION, UUID.randomUUID().toString()))).build();
        refused(au, otherSession, "9.6.3.1 session id");
        refused(au, VERBS + "passed", "{\"success\":true,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.5}}", "9.3.4 masteryScore");
        refused(au, VERBS + "failed", "{\"success\":false,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.9}}", "9.3.5 masteryScore");
        refused(au, SATISFIED, null, "9.3 LMS verbs");
        assertEquals(200, au.send(EXPERIENCED, null).status(), "cmi5 allowed statements between initialized and terminated");
        assertEquals(200, au.send(VERBS + "completed", "{\"completion\":true,\"duration\":\"PT1M\"}").status());
        refused(au, VERBS + "completed", "{\"completion\":true,\"duration\":\"PT1M\"}", "9.3.3 completed once");
        assertEquals(200, au.send(VERBS + "passed", "{\"success\":true,\"duration\":\"PT1M\",\"score\":{\"scaled\":0.9}}").status());
        refused(au, VERBS + "failed", "{\"success\":false,\"duration\":\"PT1M\"}", "9.3.4 passed is final");
        refused(au, VERBS + "terminated", null, "9.5.4.1 duration");
        assertEquals(200, au.send(VERBS + "terminated", "{\"duration\":\"PT3M\"}").status());
        refused(au, EXPERIENCED, null, "9.3.8 terminated last");

        // The registration remembers: a new session may not complete or pass the AU again.
        Au again = launch(code, 0, null);
        assertEquals(au.launch().get("registration"), again.launch().get("registration"));
        assertEquals(200, again.send(VERBS + "initialized", null).status());
        refused(again, VERBS + "completed", "{\"completion\":true,\"duration\":\"PT1M\"}", "9.3.3 completed once");
        refused(again, VERBS + "passed", "{\"success\":true,\"duration\":\"PT1M\"}", "9.3.4 passed is final");
        refused(au, EXPERIENCED, null, "9.3.8 terminated last");
    }

    @Test
    void oneBatchIsCheckedInOrderAndRefusedWhole() {
        String code = upload(au("au/1", "moveOn=\"Completed\"", ""));
        Au au = launch(code, 0, null);
        JsonObject init = au.statement(VERBS + "initialized", null, true).build();
        JsonObject twice = au.statement(VERBS + "initialized", null, true).build();
        Api.Reply r = au.lrs().post("/xapi/statements", Json.createArrayBuilder().add(init).add(twice).build().toString());
        assertEquals(403, r.status(), r::toString);
        assertTrue(r.body().contains("9.3.2 initialized once"), r.body());
        assertEquals(404, reader().get("/xapi/statements?statementId=" + init.getString("id")).status(), "the admitted first one is not kept either");
        JsonObject done = au.statement(VERBS + "completed", "{\"completion\":true,\"duration\":\"PT1M\"}", true).build();
        assertEquals(200, au.lrs().post("/xapi/statements", Json.createArrayBuilder().add(init).add(done).build().toString()).status());
    }

    @Test
    void browseNeverJudgesReviewOnlyAfterTheAuIsDoneAndLaunchDataSaysHowToLaunch() {
        String code = upload(au("au/1", "moveOn=\"Completed\" masteryScore=\"0.5\"",
                "<launchParameters>level=2</launchParameters><entitlementKey>ent-42</entitlementKey>")
                + au("au/2", "moveOn=\"Completed\" launchMethod=\"OwnWindow\"", ""));
        Api.Reply early = Api.as(base, DemoUsers.LEARNER).postJson("/api/cmi5-launches",
                "{\"packageCode\":\"" + code + "\",\"au\":0,\"launchMode\":\"Review\"}");
        assertEquals(422, early.status(), "nothing to review yet: " + early);
        assertEquals(422, Api.as(base, DemoUsers.LEARNER).postJson("/api/cmi5-launches",
                "{\"packageCode\":\"" + code + "\",\"au\":0,\"launchMode\":\"Sideways\"}").status());

        Au browse = launch(code, 0, "Browse");
        assertEquals("Browse", browse.launchData().getString("launchMode"));
        assertEquals("AnyWindow", browse.launchData().getString("launchMethod"));
        assertEquals("level=2", browse.launchData().getString("launchParameters"));
        assertEquals("ent-42", browse.launchData().getJsonObject("entitlementKey").getString("courseStructure"));
        assertEquals(0.5, browse.launchData().getJsonNumber("masteryScore").doubleValue(), 1e-9);
        assertFalse(browse.view().getBoolean("ownWindow"));
        JsonObject launched = statements(VERBS + "launched", browse.launch().get("registration")).getJsonObject(0);
        assertEquals("Browse", launched.getJsonObject("context").getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/launchmode"));
        assertFalse(launched.getJsonObject("context").getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/launchurl").contains("fetch="), "the launch URL without the launch parameters");
        assertEquals(200, browse.send(VERBS + "initialized", null).status());
        refused(browse, VERBS + "completed", "{\"completion\":true,\"duration\":\"PT1M\"}", "10.0 launchMode");
        refused(browse, VERBS + "passed", "{\"success\":true,\"duration\":\"PT1M\"}", "10.0 launchMode");
        assertEquals(200, browse.send(VERBS + "terminated", "{\"duration\":\"PT1M\"}").status());

        Au normal = launch(code, 0, "Normal");
        assertEquals(200, normal.send(VERBS + "initialized", null).status());
        assertEquals(200, normal.send(VERBS + "completed", "{\"completion\":true,\"duration\":\"PT1M\"}").status());
        assertEquals(200, normal.send(VERBS + "terminated", "{\"duration\":\"PT1M\"}").status());

        Au review = launch(code, 0, "Review");
        assertEquals("Review", review.launchData().getString("launchMode"));
        assertEquals(200, review.send(VERBS + "initialized", null).status());
        refused(review, VERBS + "failed", "{\"success\":false,\"duration\":\"PT1M\"}", "10.0 launchMode");

        Au own = launch(code, 1, null);
        assertTrue(own.view().getBoolean("ownWindow"), "launchMethod OwnWindow opens outside the player frame");
        assertEquals("OwnWindow", own.launchData().getString("launchMethod"));
        assertTrue(own.launchData().getString("returnURL").contains("/learner/package.xhtml?ref=" + code));
    }

    @Test
    void hrWaivesAnAuAndTheLmsSatisfiesTheBlockAndTheCourse() throws Exception {
        String code = upload("<block id=\"{c}/block/1\"><title><langstring lang=\"en\">Till</langstring></title>"
                + "<description><langstring lang=\"en\">Till</langstring></description>"
                + au("au/1", "moveOn=\"Passed\"", "") + au("au/2", "moveOn=\"Completed\"", "") + "</block>"
                + au("au/3", "moveOn=\"Completed\"", ""));
        String waive1 = "{\"username\":\"" + DemoUsers.LEARNER + "\",\"packageCode\":\"" + code + "\",\"au\":1,\"reason\":\"Tested Out\","
                + "\"comment\":\"passed the till exam\"}";
        for (String who : List.of(DemoUsers.LEARNER, DemoUsers.MENTOR, DemoUsers.AUTHOR)) {
            assertEquals(403, Api.as(base, who).postJson("/api/cmi5-waivers", waive1).status(), who + " may not waive");
        }
        assertEquals(401, Api.anonymous(base).postJson("/api/cmi5-waivers", waive1).status());
        Api.Reply noReason = Api.as(base, DemoUsers.HR).postJson("/api/cmi5-waivers", waive1.replace("\"Tested Out\"", "\"\""));
        assertEquals(422, noReason.status(), noReason::toString);
        assertTrue(noReason.body().contains("reason"), noReason.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM cmi5_waiver WHERE package_code = ?", code), "nothing half-written");

        Api.Reply waived = Api.as(base, DemoUsers.HR).postJson("/api/cmi5-waivers", waive1);
        assertEquals(201, waived.status(), waived::toString);
        String registration = waived.json().getString("registration");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Cmi5Waiver' AND entity_id LIKE ?", "%/" + code + "/1"));
        JsonArray w = statements(WAIVED, registration);
        assertEquals(1, w.size());
        JsonObject statement = w.getJsonObject(0);
        assertEquals("Tested Out", statement.getJsonObject("result").getJsonObject("extensions").getString("https://w3id.org/xapi/cmi5/result/extensions/reason"));
        assertTrue(statement.getJsonObject("result").getBoolean("success") && statement.getJsonObject("result").getBoolean("completion"));
        assertTrue(statement.getJsonObject("context").toString().contains(Cmi5LaunchIT.CMI5));
        assertEquals(waived.json().getString("sessionId"), statement.getJsonObject("context").getJsonObject("extensions").getString(Cmi5LaunchIT.SESSION));
        assertEquals(0, statements(SATISFIED, registration).size(), "au/2 of the block is still open");
        assertEquals(422, Api.as(base, DemoUsers.HR).postJson("/api/cmi5-waivers", waive1).status(), "one waiver per AU and registration");

        Au second = launch(code, 2, null);
        assertEquals(registration, second.launch().get("registration"), "the waiver's registration is the learner's");
        assertEquals(200, second.send(VERBS + "initialized", null).status());
        assertEquals(200, second.send(VERBS + "completed", "{\"completion\":true,\"duration\":\"PT1M\"}").status());
        JsonArray satisfied = statements(SATISFIED, registration);
        assertEquals(1, satisfied.size(), satisfied::toString);
        assertEquals("https://w3id.org/xapi/cmi5/activitytype/block", satisfied.getJsonObject(0).getJsonObject("object").getJsonObject("definition").getString("type"));
        assertFalse(satisfied.getJsonObject(0).getJsonObject("object").getString("id").equals("https://courses.example.org/" + code + "/block/1"),
                "the LMS's block id, not the publisher's");
        assertEquals(second.sessionId(), satisfied.getJsonObject(0).getJsonObject("context").getJsonObject("extensions").getString(Cmi5LaunchIT.SESSION));
        assertFalse(completed(code));

        Api.Reply admin = Api.as(base, DemoUsers.ADMIN).postJson("/api/cmi5-waivers",
                waive1.replace("\"au\":1", "\"au\":3").replace("Tested Out", "Administrative"));
        assertEquals(201, admin.status(), admin::toString);
        satisfied = statements(SATISFIED, registration);
        assertEquals(2, satisfied.size(), satisfied::toString);
        assertTrue(satisfied.toString().contains("https://w3id.org/xapi/cmi5/activitytype/course"), satisfied::toString);
        assertTrue(completed(code), "the course is complete in learning");
    }

    private boolean completed(String code) {
        return Api.as(base, DemoUsers.LEARNER).get("/api/cmi5-launches/" + code).json().getBoolean("completed");
    }
}
