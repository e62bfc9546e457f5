package org.firstshift.it;

import jakarta.json.JsonObject;
import org.firstshift.elearning.packages.domain.PackageFixtures;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A SCORM 2004 package built here (a quiz retried by a post-condition rule while not satisfied, a
 * course satisfied by a custom rollup rule when at least two parts are) driven through the run-time
 * endpoints as the player does: launch, commit with adl.nav.request, navigate, suspendAll, resume.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PackageSequencingIT {

    @ArquillianResource
    URL base;

    /** Uploads the package built here under a fresh code (also for the browser journey); returns the code. */
    public static String uploadSequenced(Api author) {
        String code = PackagesIT.code();
        Api.Reply up = PackagesIT.upload(author, "seq.zip", "application/zip", sequencedZip(), code);
        assertEquals(201, up.status(), up::toString);
        return code;
    }

    static byte[] sequencedZip() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", ("""
                <?xml version="1.0"?>
                <manifest identifier="it.seq" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
                  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
                  <organizations default="course"><organization identifier="course"><title>Sequencing IT</title>
                    <item identifier="quiz" identifierref="r-quiz"><title>Quiz</title>
                      <imsss:sequencing><imsss:sequencingRules><imsss:postConditionRule>
                        <imsss:ruleConditions><imsss:ruleCondition condition="satisfied" operator="not"/></imsss:ruleConditions>
                        <imsss:ruleAction action="retry"/></imsss:postConditionRule></imsss:sequencingRules></imsss:sequencing>
                    </item>
                    <item identifier="practice" identifierref="r-practice"><title>Practice</title></item>
                    <item identifier="final" identifierref="r-final"><title>Final</title></item>
                    <imsss:sequencing>
                      <imsss:controlMode choice="true" flow="true"/>
                      <imsss:rollupRules>
                        <imsss:rollupRule childActivitySet="atLeastCount" minimumCount="2">
                          <imsss:rollupConditions><imsss:rollupCondition condition="satisfied"/></imsss:rollupConditions>
                          <imsss:rollupAction action="satisfied"/></imsss:rollupRule>
                      </imsss:rollupRules>
                    </imsss:sequencing>
                  </organization></organizations>
                  <resources>
                    <resource identifier="r-quiz" type="webcontent" adlcp:scormType="sco" href="quiz.html"><file href="quiz.html"/></resource>
                    <resource identifier="r-practice" type="webcontent" adlcp:scormType="sco" href="practice.html"><file href="practice.html"/></resource>
                    <resource identifier="r-final" type="webcontent" adlcp:scormType="sco" href="final.html"><file href="final.html"/></resource>
                  </resources>
                </manifest>
                """).getBytes(StandardCharsets.UTF_8));
        for (String page : new String[]{"quiz", "practice", "final"}) {
            files.put(page + ".html", ("<!doctype html><html><head><title>" + page + "</title></head><body>" + page + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return PackageFixtures.zip(files);
    }

    private static JsonObject activity(JsonObject sequencing, String id) {
        return sequencing.getJsonArray("activities").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("identifier").equals(id)).findFirst().orElseThrow();
    }

    private static Boolean status(JsonObject activity, String key) {
        return activity.containsKey(key) && !activity.isNull(key) ? activity.getBoolean(key) : null;
    }

    private Api.Reply launch(Api api, String body) {
        return api.postJson("/api/package-attempts", body);
    }

    private Api.Reply finish(Api api, long attempt, String calls) {
        Api.Reply r = api.postJson("/api/package-attempts/" + attempt + "/commits", "{\"calls\":[" + calls + "],\"finish\":true}");
        assertEquals(200, r.status(), r::toString);
        return r;
    }

    @Test
    void postConditionRetryCustomRollupJumpSuspendAndResumeThroughTheRuntime() throws Exception {
        String code = PackagesIT.code();
        Api.Reply up = PackagesIT.upload(Api.as(base, DemoUsers.AUTHOR), "seq.zip", "application/zip", sequencedZip(), code);
        assertEquals(201, up.status(), up::toString);
        Api anna = Api.as(base, DemoUsers.LEARNER);
        String pkg = "\"packageCode\":\"" + code + "\"";

        Api.Reply start = launch(anna, "{" + pkg + "}");
        assertEquals(200, start.status(), start::toString);
        assertEquals("Quiz", start.json().getString("itemTitle"));
        int quiz = start.json().getInt("item");
        long attempt = start.json().getJsonNumber("attemptId").longValue();
        JsonObject valid = start.json().getJsonObject("navValid");
        assertEquals("true", valid.getString("continue"));
        assertEquals("false", valid.getString("previous"), "nothing before the first part");
        assertEquals("true", valid.getString("choice.{target=final}"));
        assertTrue(Api.anonymous(base).get("/" + start.json().getString("launchUrl")).body().contains("\"navValid\""),
                "the content's API answers adl.nav.request_valid from the engine");

        Api.Reply failed = finish(anna, attempt, """
                {"element":"cmi.completion_status","value":"completed"},{"element":"cmi.success_status","value":"failed"},
                {"element":"adl.nav.request","value":"continue"}""");
        assertEquals("continue", failed.json().getString("navRequest"), "the SCO's request goes back to the player");
        assertFalse(failed.json().getBoolean("packageCompleted"), "a failed part: the course rollup is not satisfied");
        Api.Reply retried = launch(anna, "{" + pkg + ",\"nav\":\"continue\",\"from\":" + quiz + "}");
        assertEquals(200, retried.status(), retried::toString);
        assertEquals(quiz, retried.json().getInt("item"), "not satisfied: the post-condition retries the quiz instead of continuing");
        assertEquals("unknown", retried.json().getJsonObject("values").getString("cmi.success_status"), "a new attempt starts afresh");
        assertEquals(2, activity(anna.get("/api/package-attempts/sequencing/" + code).json(), "quiz").getInt("attempts"));

        attempt = retried.json().getJsonNumber("attemptId").longValue();
        Api.Reply passed = finish(anna, attempt, """
                {"element":"cmi.completion_status","value":"completed"},{"element":"cmi.success_status","value":"passed"},
                {"element":"cmi.score.scaled","value":"0.9"}""");
        assertFalse(passed.json().containsKey("navRequest") && !passed.json().isNull("navRequest"), "no request this time");
        assertFalse(passed.json().getBoolean("packageCompleted"), "one satisfied part of three: not yet");
        assertEquals(0, completedProgress(code), "learning does not see the package as done yet");
        assertTrue(passed.json().getBoolean("canContinue"));
        Api.Reply practice = launch(anna, "{" + pkg + ",\"nav\":\"continue\",\"from\":" + quiz + "}");
        assertEquals("Practice", practice.json().getString("itemTitle"), "satisfied: continue goes on");
        JsonObject seq = anna.get("/api/package-attempts/sequencing/" + code).json();
        assertNull(status(activity(seq, "course"), "satisfied"), "one satisfied part: the atLeastCount 2 rule does not fire yet");

        int practiceItem = practice.json().getInt("item");
        Api.Reply jumped = finish(anna, practice.json().getJsonNumber("attemptId").longValue(), """
                {"element":"cmi.completion_status","value":"completed"},{"element":"cmi.success_status","value":"passed"},
                {"element":"adl.nav.request","value":"{target=final}jump"}""");
        assertEquals("{target=final}jump", jumped.json().getString("navRequest"));
        assertEquals("true", jumped.json().getJsonObject("navValid").getString("jump.{target=final}"), "what the player offers next");
        assertEquals("true", jumped.json().getJsonObject("navValid").getString("previous"));
        seq = anna.get("/api/package-attempts/sequencing/" + code).json();
        assertEquals(Boolean.TRUE, status(activity(seq, "course"), "satisfied"), "two satisfied parts satisfy the course");
        assertEquals(Boolean.FALSE, status(activity(seq, "course"), "completed"), "the final part is still to do");
        assertTrue(jumped.json().getBoolean("packageCompleted"),
                "the course's own rollup (2 of 3 satisfied) completes the package, though not every SCO is done");
        assertEquals(1, completedProgress(code), "learning sees the package as completed");
        assertEquals(30, TestDatabase.count("SELECT score FROM activity_progress WHERE type_key = 'package' AND ref = ?", code),
                "the score is the course's rolled-up measure: 0.9 weighted over three parts");
        String mine = anna.get("/learner/package.xhtml?ref=" + code).body();
        assertTrue(mine.contains("id=\"course-rollup\"") && mine.contains("id=\"rollup-done\""), "the learner sees what decided it");
        long annaId = anna.get("/api/me/program").json().getJsonNumber("employeeId").longValue();
        String hr = Api.as(base, DemoUsers.HR).get("/hr/package-status.xhtml?ref=" + code + "&employee=" + annaId).body();
        assertTrue(hr.replaceAll("\\s+", " ").matches(".*id=\"rollup-satisfied\"><code>yes</code>.*"), hr);
        assertTrue(hr.replaceAll("\\s+", " ").matches(".*id=\"rollup-completed\"><code>no</code>.*"), hr);
        assertTrue(hr.replaceAll("\\s+", " ").matches(".*id=\"rollup-done\"><code>yes</code>.*"), hr);
        assertTrue(hr.contains("id=\"rollup-measure\"><code>0.3"), hr);

        Api.Reply fin = launch(anna, "{" + pkg + ",\"nav\":\"jump\",\"target\":\"final\",\"from\":" + practiceItem + "}");
        assertEquals("Final", fin.json().getString("itemTitle"), fin::toString);
        int finalItem = fin.json().getInt("item");
        anna.postJson("/api/package-attempts/" + fin.json().getJsonNumber("attemptId").longValue() + "/commits",
                "{\"calls\":[{\"element\":\"cmi.location\",\"value\":\"page-3\"}],\"finish\":false}");
        Api.Reply suspended = launch(anna, "{" + pkg + ",\"nav\":\"suspendAll\",\"from\":" + finalItem + "}");
        assertEquals(200, suspended.status(), suspended::toString);
        assertTrue(suspended.json().getBoolean("ended"));
        assertEquals("final", anna.get("/api/package-attempts/sequencing/" + code).json().getString("suspendedActivity"));

        Api.Reply resumed = launch(anna, "{" + pkg + "}");
        assertEquals("Final", resumed.json().getString("itemTitle"), "the next launch resumes where the learner left");
        assertEquals("resume", resumed.json().getJsonObject("values").getString("cmi.entry"));
        assertEquals("page-3", resumed.json().getJsonObject("values").getString("cmi.location"));
        assertFalse(anna.get("/api/package-attempts/sequencing/" + code).json().containsKey("suspendedActivity"), "resumed");

        Api.Reply exitAll = launch(anna, "{" + pkg + ",\"nav\":\"exitAll\",\"from\":" + finalItem + "}");
        assertTrue(exitAll.json().getBoolean("ended"), exitAll::toString);
        Api.Reply bad = launch(anna, "{" + pkg + ",\"nav\":\"sideways\",\"from\":" + finalItem + "}");
        assertEquals(422, bad.status(), bad::toString);
        assertTrue(bad.body().contains("nav must be one of"), bad.body());
        Api.Reply noTarget = launch(anna, "{" + pkg + ",\"nav\":\"jump\",\"from\":" + finalItem + "}");
        assertEquals(422, noTarget.status(), noTarget::toString);
    }

    /** Two parts; the exam's attempt may last 3 seconds (attemptAbsoluteDurationLimit, an xs:duration). */
    static byte[] timedZip() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", ("""
                <?xml version="1.0"?>
                <manifest identifier="it.timed" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
                  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
                  <organizations default="course"><organization identifier="course"><title>Timed IT</title>
                    <item identifier="exam" identifierref="r-exam"><title>Exam</title>
                      <imsss:sequencing><imsss:limitConditions attemptAbsoluteDurationLimit="PT3S"/></imsss:sequencing></item>
                    <item identifier="notes" identifierref="r-notes"><title>Notes</title></item>
                    <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
                  </organization></organizations>
                  <resources>
                    <resource identifier="r-exam" type="webcontent" adlcp:scormType="sco" href="exam.html"><file href="exam.html"/></resource>
                    <resource identifier="r-notes" type="webcontent" adlcp:scormType="sco" href="notes.html"><file href="notes.html"/></resource>
                  </resources>
                </manifest>
                """).getBytes(StandardCharsets.UTF_8));
        for (String page : new String[]{"exam", "notes"}) {
            files.put(page + ".html", ("<!doctype html><html><body>" + page + "</body></html>").getBytes(StandardCharsets.UTF_8));
        }
        return PackageFixtures.zip(files);
    }

    @Test
    void anAttemptPastItsAbsoluteDurationLimitIsNotDeliveredAgain() throws Exception {
        String code = PackagesIT.code();
        assertEquals(201, PackagesIT.upload(Api.as(base, DemoUsers.AUTHOR), "timed.zip", "application/zip", timedZip(), code).status());
        Api anna = Api.as(base, DemoUsers.LEARNER);
        String pkg = "\"packageCode\":\"" + code + "\"";
        Api.Reply exam = launch(anna, "{" + pkg + "}");
        assertEquals("Exam", exam.json().getString("itemTitle"), exam::toString);
        int examItem = exam.json().getInt("item");
        finish(anna, exam.json().getJsonNumber("attemptId").longValue(), """
                {"element":"cmi.completion_status","value":"incomplete"}""");
        Api.Reply notes = launch(anna, "{" + pkg + ",\"nav\":\"continue\",\"from\":" + examItem + "}");
        assertEquals("Notes", notes.json().getString("itemTitle"), notes::toString);
        Thread.sleep(3_500); // the limit is wall-clock time since the exam's attempt began
        Api.Reply again = launch(anna, "{" + pkg + ",\"nav\":\"choice\",\"target\":\"exam\",\"from\":" + notes.json().getInt("item") + "}");
        assertEquals(422, again.status(), again::toString);
        assertTrue(again.body().contains("time limit of 3s"), again.body());
        Api.Reply ended = finish(anna, notes.json().getJsonNumber("attemptId").longValue(), "");
        assertEquals("false", ended.json().getJsonObject("navValid").getString("choice.{target=exam}"), "the player no longer offers it");
        assertEquals("true", ended.json().getJsonObject("navValid").getString("choice.{target=notes}"), "the part without a limit stays open");
        assertTrue(anna.get("/learner/package.xhtml?ref=" + code).body().contains("time limit of 3s"), "the menu says why it is locked");
    }

    /** Completed package progress rows for the package (its code is fresh per test, so only this learner's). */
    private static long completedProgress(String code) throws Exception {
        return TestDatabase.count("SELECT COUNT(*) FROM activity_progress WHERE type_key = 'package' AND ref = ? AND status = 'COMPLETED'",
                code);
    }

    @Test
    void onlyTheLearnerReadsTheirSequencingState() {
        String code = PackagesIT.code();
        assertEquals(201, PackagesIT.upload(Api.as(base, DemoUsers.ADMIN), "seq.zip", "application/zip", sequencedZip(), code).status());
        assertEquals(200, Api.as(base, DemoUsers.LEARNER).get("/api/package-attempts/sequencing/" + code).status());
        assertEquals(403, Api.as(base, DemoUsers.AUTHOR).get("/api/package-attempts/sequencing/" + code).status());
        assertEquals(401, Api.anonymous(base).get("/api/package-attempts/sequencing/" + code).status());
        assertEquals(404, Api.as(base, DemoUsers.LEARNER).get("/api/package-attempts/sequencing/no-such-" + code).status());
    }

    @Test
    void whereALearnerLeftACourseIsInTheirExportAndGoneWhenTheyAreErased() throws Exception {
        String code = PackagesIT.code();
        assertEquals(201, PackagesIT.upload(Api.as(base, DemoUsers.AUTHOR), "seq.zip", "application/zip", sequencedZip(), code).status());
        String username = "seqleaver" + code.substring(code.length() - 6).toLowerCase();
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Sam Leaver %s","hireDate":"2026-01-05","position":"CASHIER",
                 "location":"STORE-MALL","language":"en","username":"%s","roles":["LEARNER"]}""".formatted(username, username, username));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        // Accounts made through the API have no password; borrow the demo learner's hash ("tom").
        assertEquals(1, TestDatabase.update("UPDATE account SET password_hash = (SELECT password_hash FROM account WHERE username = 'tom') "
                + "WHERE username = ?", username));
        Api sam = Api.withPassword(base, username, "tom");
        String pkg = "\"packageCode\":\"" + code + "\"";
        Api.Reply start = launch(sam, "{" + pkg + "}");
        assertEquals(200, start.status(), start::toString);
        assertTrue(launch(sam, "{" + pkg + ",\"nav\":\"suspendAll\",\"from\":" + start.json().getInt("item") + "}").json().getBoolean("ended"));

        JsonObject export = Api.as(base, DemoUsers.HR).get("/api/employees/" + id + "/personal-data").json();
        assertTrue(export.toString().contains("\"sequencing\""), export::toString);
        assertTrue(export.toString().contains("\"suspendedActivity\":\"quiz\""), export::toString);

        assertEquals(200, Api.as(base, DemoUsers.HR).postJson("/api/employees/" + id + "/deactivate", "{}").status());
        Api.Reply erased = Api.as(base, DemoUsers.ADMIN).postJson("/api/employees/" + id + "/personal-data/erase", "{\"reason\": \"left\"}");
        assertEquals(200, erased.status(), erased::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM elearning_sequencing_state WHERE employee_id = ?", id));
    }
}
