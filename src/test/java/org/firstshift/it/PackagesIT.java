package org.firstshift.it;

import jakarta.json.JsonObject;
import org.firstshift.elearning.packages.domain.PackageFixtures;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Package upload through {@code POST /api/packages}, the SCORM run-time endpoints and who may use them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackagesIT {

    @ArquillianResource
    URL base;

    static final String BOUNDARY = "----fs-packages-it";

    static byte[] multipart(String fileName, String type, byte[] content, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        if (code != null) {
            out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n" + code)
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Api.Reply upload(Api api, String fileName, String type, byte[] content, String code) {
        return api.post("/api/packages", "multipart/form-data; boundary=" + BOUNDARY, multipart(fileName, type, content, code));
    }

    static String code() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static byte[] scorm12Zip() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", ("""
                <?xml version="1.0"?>
                <manifest identifier="it.pkg" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="o"><organization identifier="o"><title>IT greeting check</title>
                    <item identifier="i1" identifierref="r1"><title>Greet</title><adlcp:masteryscore>80</adlcp:masteryscore></item>
                  </organization></organizations>
                  <resources><resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html">
                    <file href="sco/index.html"/></resource></resources>
                </manifest>
                """).getBytes(StandardCharsets.UTF_8));
        files.put("sco/index.html", "<!doctype html><title>SCO</title><p>Hello</p>".getBytes(StandardCharsets.UTF_8));
        return PackageFixtures.zip(files);
    }

    @Test
    void anAuthorUploadsAScorm2004FixtureAndGetsTheActivity() {
        var folder = PackageFixtures.ROOT.resolve("scorm/scorm2004/SequencingSimpleRemediation_SCORM20043rdEdition");
        String code = code();
        Api.Reply r = upload(Api.as(base, DemoUsers.AUTHOR), "remediation.zip", "application/zip",
                PackageFixtures.zip(PackageFixtures.withFiles(folder)), code);
        assertEquals(201, r.status(), r::toString);
        JsonObject p = r.json();
        assertEquals("SCORM_2004", p.getString("kind"));
        assertEquals("package", p.getString("activityType"));
        assertEquals(code, p.getString("activityRef"));
        assertTrue(r.header("Location").endsWith("/api/packages/" + code), r.header("Location"));
        assertTrue(p.getJsonArray("items").size() > 3);
        assertEquals(code, Api.as(base, DemoUsers.ADMIN).get("/api/packages/" + code).json().getString("code"));
    }

    @Test
    void aBareCmi5CourseStructureWithAbsoluteUrlsIsImported() throws Exception {
        byte[] xml = Files.readAllBytes(PackageFixtures.ROOT.resolve("cmi5/lts-pkg-src/101-one-thousand-aus.xml"));
        Api.Reply r = upload(Api.as(base, DemoUsers.ADMIN), "cmi5.xml", "application/xml", xml, code());
        assertEquals(201, r.status(), r::toString);
        assertEquals("CMI5", r.json().getString("kind"));
        // The fixture's name says a thousand; it holds 1,001 <au> elements.
        assertEquals(1001, r.json().getJsonArray("items").stream()
                .filter(i -> "au".equals(i.asJsonObject().getString("type"))).count());
    }

    @Test
    void aBrokenPackageIsRefusedWithEveryProblemAndNothingStored() throws Exception {
        String code = code();
        var folder = PackageFixtures.ROOT.resolve("scorm/scorm12/InvalidFileReferences_SCORM12");
        Api.Reply r = upload(Api.as(base, DemoUsers.AUTHOR), "broken.zip", "application/zip",
                PackageFixtures.zip(PackageFixtures.asGiven(folder)), code);
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        String body = r.body();
        for (String missing : new String[]{"content/nonexistent.html", "content/nonexistent.js", "content/nonexistent.css", "content/nonexistent_asset.html"}) {
            assertTrue(body.contains(missing), missing + " in " + body);
        }
        assertEquals(404, Api.as(base, DemoUsers.ADMIN).get("/api/packages/" + code).status(), "nothing stored");

        Api.Reply markdown = upload(Api.as(base, DemoUsers.AUTHOR), "208-1-invalid-package.md", "text/markdown",
                Files.readAllBytes(PackageFixtures.ROOT.resolve("cmi5/lts-pkg-src/208-1-invalid-package.md")), code());
        assertEquals(422, markdown.status(), markdown::toString);
        assertTrue(markdown.body().contains("not a supported package"), markdown.body());

        Map<String, byte[]> slip = new LinkedHashMap<>();
        slip.put("../../evil.html", new byte[]{1});
        Api.Reply zipSlip = upload(Api.as(base, DemoUsers.AUTHOR), "slip.zip", "application/zip", PackageFixtures.zip(slip), code());
        assertEquals(422, zipSlip.status());
        assertTrue(zipSlip.body().contains("unsafe path"), zipSlip.body());
    }

    @Test
    void onlyAuthorsAndAdminsUpload() {
        for (String user : new String[]{DemoUsers.LEARNER, DemoUsers.HR, DemoUsers.MENTOR, DemoUsers.AUDITOR}) {
            assertEquals(403, upload(Api.as(base, user), "p.zip", "application/zip", scorm12Zip(), code()).status(), user);
        }
        assertEquals(401, upload(Api.anonymous(base), "p.zip", "application/zip", scorm12Zip(), code()).status());
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/packages").status());
    }

    @Test
    void aLearnerRunsAScoAndOnlyTheirOwnAttempt() {
        String code = code();
        assertEquals(201, upload(Api.as(base, DemoUsers.AUTHOR), "p.zip", "application/zip", scorm12Zip(), code).status());
        Api anna = Api.as(base, DemoUsers.LEARNER);
        Api.Reply launched = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}");
        assertEquals(200, launched.status(), launched::toString);
        JsonObject l = launched.json();
        long attempt = l.getJsonNumber("attemptId").longValue();
        assertEquals("ab-initio", l.getJsonObject("values").getString("cmi.core.entry"));
        assertEquals("80", l.getJsonObject("values").getString("cmi.student_data.mastery_score"));
        assertTrue(l.getString("launchUrl").matches("player/t/[0-9a-f]{48}/sco/index.html"), l.getString("launchUrl"));
        assertEquals("RO", l.getJsonObject("rules").getJsonObject("cmi.core.student_id").getString("access"));

        Api.Reply c = anna.postJson("/api/package-attempts/" + attempt + "/commits", """
                {"calls":[{"element":"cmi.core.lesson_location","value":"page-2"},
                          {"element":"cmi.core.student_id","value":"x"},
                          {"element":"cmi.core.score.raw","value":"90"},
                          {"element":"cmi.core.exit","value":"suspend"}],"finish":true}""");
        assertEquals(200, c.status(), c::toString);
        assertEquals("[0,403,0,0]", c.json().getJsonArray("errors").toString().replace(" ", ""));
        assertEquals("passed", c.json().getString("successStatus"), "90 meets the mastery score 80");
        assertTrue(c.json().getBoolean("packageCompleted"));

        Api.Reply resumed = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}");
        assertEquals("resume", resumed.json().getJsonObject("values").getString("cmi.core.entry"));
        assertEquals("page-2", resumed.json().getJsonObject("values").getString("cmi.core.lesson_location"));
        assertEquals(attempt, resumed.json().getJsonNumber("attemptId").longValue());

        JsonObject mine = anna.get("/api/package-attempts/" + attempt).json();
        assertEquals("passed", mine.getJsonObject("explain").getString("cmi.core.lesson_status"));
        assertTrue(mine.getBoolean("completed"));

        Api mikhail = Api.as(base, DemoUsers.MENTOR);
        assertEquals(404, mikhail.get("/api/package-attempts/" + attempt).status(), "another learner's attempt");
        assertEquals(404, mikhail.postJson("/api/package-attempts/" + attempt + "/commits",
                "{\"calls\":[{\"element\":\"cmi.core.score.raw\",\"value\":\"0\"}],\"finish\":false}").status());
        assertEquals(403, Api.as(base, DemoUsers.AUTHOR).get("/api/package-attempts/" + attempt).status(), "not a learner");

        assertEquals(403, anna.get("/api/packages/" + code + "/learners/1").status(), "learners do not read others' values");
        Api.Reply explained = Api.as(base, DemoUsers.ADMIN).get("/api/packages/" + code + "/learners/" + employeeOf(anna));
        assertEquals(200, explained.status(), explained::toString);
        assertEquals("passed", explained.array().getJsonObject(0).getJsonObject("values").getString("cmi.core.lesson_status"));
        assertFalse(explained.array().isEmpty());
    }

    @Test
    void theContentIsServedSandboxedAndOnlyUnderTheCurrentLaunchToken() {
        String code = code();
        assertEquals(201, upload(Api.as(base, DemoUsers.ADMIN), "p.zip", "application/zip", scorm12Zip(), code).status());
        Api anna = Api.as(base, DemoUsers.LEARNER);
        String first = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}").json().getString("launchUrl");
        Api.Reply page = Api.anonymous(base).get("/" + first);
        assertEquals(200, page.status(), "the token, not a session, opens the content (the sandbox sends no cookies)");
        assertTrue(page.header("Content-Security-Policy").startsWith("sandbox allow-scripts allow-forms;"), page.header("Content-Security-Policy"));
        assertFalse(page.header("Content-Security-Policy").contains("allow-same-origin"));
        assertTrue(page.body().contains("window.FS_PLAYER=") && page.body().contains("scorm-shim.js"), "the API shim is injected");
        assertTrue(page.body().indexOf("FS_PLAYER") < page.body().indexOf("<title>SCO</title>"), "before the content's own scripts");

        String second = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}").json().getString("launchUrl");
        assertEquals(404, Api.anonymous(base).get("/" + first).status(), "a relaunch retires the old token");
        assertEquals(200, Api.anonymous(base).get("/" + second).status());
        String token = second.split("/")[2];
        assertEquals(404, Api.anonymous(base).get("/player/t/" + token + "/imsmanifest-missing.xml").status());
        int traversal = Api.anonymous(base).get("/player/t/" + token + "/sco/..%2F..%2Fimsmanifest.xml").status();
        assertTrue(traversal == 404 || traversal == 400, "no way out of the package: " + traversal);
        assertEquals(404, Api.anonymous(base).get("/player/t/" + "0".repeat(48) + "/sco/index.html").status());
    }

    @Test
    void attemptsArePartOfTheLearnersPersonalData() {
        String code = code();
        assertEquals(201, upload(Api.as(base, DemoUsers.ADMIN), "p.zip", "application/zip", scorm12Zip(), code).status());
        Api anna = Api.as(base, DemoUsers.LEARNER);
        long attempt = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}").json()
                .getJsonNumber("attemptId").longValue();
        anna.postJson("/api/package-attempts/" + attempt + "/commits",
                "{\"calls\":[{\"element\":\"cmi.suspend_data\",\"value\":\"my-notes-" + code + "\"}],\"finish\":false}");
        Api.Reply export = anna.get("/api/me/personal-data");
        assertEquals(200, export.status());
        assertTrue(export.body().contains("my-notes-" + code), "the export holds the attempt's values");
    }

    @Test
    void scorm2004SequencingDecidesWhatALearnerMayLaunch() {
        var folder = PackageFixtures.ROOT.resolve("scorm/scorm2004/SequencingForcedSequential_SCORM20043rdEdition");
        String code = code();
        Api.Reply up = upload(Api.as(base, DemoUsers.AUTHOR), "forced.zip", "application/zip",
                PackageFixtures.zip(PackageFixtures.withFiles(folder)), code);
        assertEquals(201, up.status(), up::toString);
        int etiquette = up.json().getJsonArray("items").stream().map(i -> i.asJsonObject())
                .filter(i -> i.getString("identifier").equals("etuqiette_item")).findFirst().orElseThrow().getInt("seq");
        Api anna = Api.as(base, DemoUsers.LEARNER);
        Api.Reply locked = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\",\"item\":" + etiquette + "}");
        assertEquals(422, locked.status(), locked::toString);
        assertTrue(locked.body().contains("disabled"), locked.body());

        Api.Reply started = anna.postJson("/api/package-attempts", "{\"packageCode\":\"" + code + "\"}");
        assertEquals(200, started.status(), started::toString);
        assertEquals("Playing the Game", started.json().getString("itemTitle"));
        assertFalse(started.json().getBoolean("canContinue"), "the next part waits for this one");
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        int playing = started.json().getInt("item");
        anna.postJson("/api/package-attempts/" + attempt + "/commits", """
                {"calls":[{"element":"cmi.completion_status","value":"completed"},
                          {"element":"cmi.success_status","value":"passed"}],"finish":true}""");
        Api.Reply next = anna.postJson("/api/package-attempts",
                "{\"packageCode\":\"" + code + "\",\"nav\":\"continue\",\"from\":" + playing + "}");
        assertEquals(200, next.status(), next::toString);
        assertEquals(etiquette, next.json().getInt("item"), "passing the first part unlocks the second");
    }

    private long employeeOf(Api api) {
        return api.get("/api/me/program").json().getJsonNumber("employeeId").longValue();
    }
}
