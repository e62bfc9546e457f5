package org.firstshift.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.firstshift.elearning.packages.domain.PackageFixtures;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.Lrs;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cmi5 launch end to end over HTTP, with the test playing the AU: launch URL, fetch URL (once),
 * LMS.LaunchData, the AU's statements with its token, the LMS's rules, moveOn and progress.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Cmi5LaunchIT {
    static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    static final String SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

    @ArquillianResource
    URL base;

    static byte[] course(String courseId, String moveOn) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("cmi5.xml", ("""
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="%1$s"><title><langstring lang="en">Cash desk safety</langstring></title>
                    <description><langstring lang="en">Two minutes on the cash desk.</langstring></description></course>
                  <au id="%1$s/au/1" moveOn="%2$s" masteryScore="0.8">
                    <title><langstring lang="en">Counting the float</langstring></title>
                    <description><langstring lang="en">Count it twice.</langstring></description>
                    <url>au/index.html</url>
                  </au>
                </courseStructure>
                """.formatted(courseId, moveOn)).getBytes(StandardCharsets.UTF_8));
        files.put("au/index.html", "<!doctype html><title>AU</title><p>Count the float</p>".getBytes(StandardCharsets.UTF_8));
        return PackageFixtures.zip(files);
    }

    String upload(String moveOn) {
        String code = "c5-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = PackagesIT.upload(Api.as(base, DemoUsers.AUTHOR), "cmi5.zip", "application/zip",
                course("https://courses.example.org/" + code, moveOn), code);
        assertEquals(201, r.status(), r::toString);
        assertEquals("CMI5", r.json().getString("kind"));
        return code;
    }

    static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    static Api.Reply post(String url) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A statement as an AU writes it from LMS.LaunchData's contextTemplate. */
    static String statement(Map<String, String> launch, JsonObject template, String verb, String result, boolean moveOn) {
        var context = Json.createObjectBuilder(template).add("registration", launch.get("registration"));
        var category = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", CMI5));
        if (moveOn) {
            category.add(Json.createObjectBuilder().add("id", MOVEON));
        }
        context.add("contextActivities", Json.createObjectBuilder(template.getJsonObject("contextActivities")).add("category", category));
        var s = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", Json.createReader(new StringReader(launch.get("actor"))).readObject())
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb))
                .add("object", Json.createObjectBuilder().add("id", launch.get("activityId")))
                .add("context", context).add("timestamp", Instant.now().toString());
        if (result != null) {
            s.add("result", Json.createReader(new StringReader(result)).readObject());
        }
        return s.build().toString();
    }

    record Au(Map<String, String> launch, Lrs lrs, JsonObject launchData) {
        Api.Reply send(String verb, String result, boolean moveOn) {
            return lrs.post("/xapi/statements", statement(launch, launchData.getJsonObject("contextTemplate"), verb, result, moveOn));
        }
    }

    /** Launches as Anna and plays the AU's start: fetch the token, read LMS.LaunchData. */
    Au launch(String code) {
        Api.Reply launched = Api.as(base, DemoUsers.LEARNER).postJson("/api/cmi5-launches", "{\"packageCode\":\"" + code + "\"}");
        assertEquals(200, launched.status(), launched::toString);
        String url = launched.json().getString("launchUrl");
        Map<String, String> q = query(url);
        assertEquals(List.of("endpoint", "fetch", "actor", "registration", "activityId"), List.copyOf(q.keySet()));
        assertTrue(url.contains("/player/cmi5/"), url);
        Api.Reply token = post(q.get("fetch"));
        assertEquals(200, token.status(), () -> q.get("fetch") + " " + token.headers().map() + " " + token.body().replaceAll("<style.*</style>", ""));
        assertEquals("*", token.header("Access-Control-Allow-Origin"));
        Lrs lrs = Lrs.with(base, "Basic " + token.json().getString("auth-token"));
        Api.Reply state = lrs.get("/xapi/activities/state?stateId=LMS.LaunchData&activityId=" + enc(q.get("activityId"))
                + "&agent=" + enc(q.get("actor")) + "&registration=" + q.get("registration"));
        assertEquals(200, state.status(), state::toString);
        return new Au(q, lrs, state.json());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void anAuLaunchedByTheLmsFetchesItsTokenOnceAndItsStatementsCompleteTheCourse() {
        String code = upload("CompletedAndPassed");
        Au au = launch(code);
        Map<String, String> q = au.launch();
        String courseId = "https://courses.example.org/" + code;

        JsonObject data = au.launchData();
        assertEquals("Normal", data.getString("launchMode"));
        assertEquals("CompletedAndPassed", data.getString("moveOn"));
        assertEquals(0.8, data.getJsonNumber("masteryScore").doubleValue(), 1e-9);
        assertTrue(data.getString("returnURL").contains("/learner/package.xhtml?ref=" + code), data.toString());
        JsonObject template = data.getJsonObject("contextTemplate");
        assertEquals(courseId + "/au/1", template.getJsonObject("contextActivities").getJsonArray("grouping").getJsonObject(0).getString("id"));
        String sessionId = template.getJsonObject("extensions").getString(SESSION);
        assertFalse(q.get("activityId").equals(courseId + "/au/1"), "the LMS's activity id is not the publisher's id");
        assertEquals(DemoUsers.LEARNER, Json.createReader(new StringReader(q.get("actor"))).readObject().getJsonObject("account").getString("name"));

        Api.Reply again = post(q.get("fetch"));
        assertEquals(200, again.status());
        assertEquals("1", again.json().getString("error-code"), again::toString);
        assertFalse(again.json().containsKey("auth-token"));
        assertEquals("2", post(base + "api/cmi5-fetch/" + "0".repeat(48)).json().getString("error-code"));

        Lrs reader = Lrs.newKey(base, "cmi5-it " + UUID.randomUUID());
        JsonArray launched = reader.get("/xapi/statements?verb=" + enc("http://adlnet.gov/expapi/verbs/launched") + "&registration=" + q.get("registration"))
                .json().getJsonArray("statements");
        assertEquals(1, launched.size());
        assertEquals(sessionId, launched.getJsonObject(0).getJsonObject("context").getJsonObject("extensions").getString(SESSION));
        assertEquals(q.get("activityId"), launched.getJsonObject(0).getJsonObject("object").getString("id"));

        assertEquals(200, au.send("initialized", null, false).status());
        assertEquals(200, au.send("completed", "{\"completion\":true,\"duration\":\"PT1M\"}", true).status());
        assertFalse(packageCompleted(code), "CompletedAndPassed: completed alone is not enough");
        Api.Reply low = au.send("passed", "{\"success\":true,\"duration\":\"PT2M\",\"score\":{\"scaled\":0.5}}", true);
        assertEquals(403, low.status(), "a pass below the mastery score 0.8 is refused: " + low);
        assertTrue(low.body().contains("mastery"), low.body());
        assertEquals(200, au.send("passed", "{\"success\":true,\"duration\":\"PT2M\",\"score\":{\"scaled\":0.9}}", true).status());
        assertEquals(200, au.send("terminated", "{\"duration\":\"PT3M\"}", false).status());
        assertEquals(403, au.send("experienced", null, false).status(), "nothing after terminated");

        JsonArray satisfied = reader.get("/xapi/statements?verb=" + enc("https://w3id.org/xapi/adl/verbs/satisfied")
                + "&registration=" + q.get("registration")).json().getJsonArray("statements");
        assertEquals(1, satisfied.size(), satisfied::toString);
        assertEquals("https://w3id.org/xapi/cmi5/activitytype/course",
                satisfied.getJsonObject(0).getJsonObject("object").getJsonObject("definition").getString("type"));
        assertTrue(packageCompleted(code), "moveOn met: the package activity is complete in learning");
    }

    @Test
    void theAusStatementsMustUseItsSessionRegistrationAndActivity() {
        String code = upload("Completed");
        Au au = launch(code);
        Map<String, String> other = new LinkedHashMap<>(au.launch());
        other.put("registration", UUID.randomUUID().toString());
        assertEquals(403, au.lrs().post("/xapi/statements", statement(other, au.launchData().getJsonObject("contextTemplate"),
                "initialized", null, false)).status(), "another registration");
        Map<String, String> elsewhere = new LinkedHashMap<>(au.launch());
        elsewhere.put("activityId", "https://elsewhere.example.org/au");
        assertEquals(403, au.lrs().post("/xapi/statements", statement(elsewhere, au.launchData().getJsonObject("contextTemplate"),
                "initialized", null, false)).status(), "another activity");
        JsonObject noSession = Json.createObjectBuilder(au.launchData().getJsonObject("contextTemplate"))
                .add("extensions", Json.createObjectBuilder()).build();
        Api.Reply missing = au.lrs().post("/xapi/statements", statement(au.launch(), noSession, "initialized", null, false));
        assertEquals(403, missing.status(), missing::toString);
        assertTrue(missing.body().contains("sessionid"), missing.body());
        assertEquals(200, au.send("initialized", null, false).status());

        // A new launch finds the first session open: the LMS abandons it and the old token stops working there.
        Au second = launch(code);
        assertEquals(au.launch().get("registration"), second.launch().get("registration"), "one registration per learner and course");
        assertEquals(403, au.send("completed", "{\"completion\":true,\"duration\":\"PT1M\"}", true).status());
        Lrs reader = Lrs.newKey(base, "cmi5-it " + UUID.randomUUID());
        JsonArray abandoned = reader.get("/xapi/statements?verb=" + enc("https://w3id.org/xapi/adl/verbs/abandoned")
                + "&registration=" + au.launch().get("registration")).json().getJsonArray("statements");
        assertEquals(1, abandoned.size());
        assertNotNull(abandoned.getJsonObject(0).getJsonObject("result").getString("duration"));
        assertEquals(200, second.send("initialized", null, false).status());
        assertEquals(200, second.send("completed", "{\"completion\":true,\"duration\":\"PT1M\"}", true).status());
        assertTrue(packageCompleted(code));
    }

    @Test
    void onlyLearnersLaunchAndScormPackagesAreRefused() {
        String code = upload("Completed");
        assertEquals(403, Api.as(base, DemoUsers.AUTHOR).postJson("/api/cmi5-launches", "{\"packageCode\":\"" + code + "\"}").status());
        assertEquals(401, Api.anonymous(base).postJson("/api/cmi5-launches", "{\"packageCode\":\"" + code + "\"}").status());
        String scorm = "c5s-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, PackagesIT.upload(Api.as(base, DemoUsers.AUTHOR), "p.zip", "application/zip", PackagesIT.scorm12Zip(), scorm).status());
        Api.Reply refused = Api.as(base, DemoUsers.LEARNER).postJson("/api/cmi5-launches", "{\"packageCode\":\"" + scorm + "\"}");
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("not a cmi5 course"), refused.body());
        assertEquals(404, Api.as(base, DemoUsers.LEARNER).postJson("/api/cmi5-launches", "{\"packageCode\":\"no-such-course\"}").status());
        assertEquals(200, Api.as(base, DemoUsers.LEARNER).postJson("/api/cmi5-launches", "{\"packageCode\":\"" + code + "\"}").status());
        assertEquals(1, Api.as(base, DemoUsers.LEARNER).get("/api/cmi5-launches/" + code).json().getJsonArray("sessions").size());
        assertEquals(403, Api.as(base, DemoUsers.AUTHOR).get("/api/cmi5-launches/" + code).status());
        assertEquals(0, Api.as(base, DemoUsers.MENTOR).get("/api/cmi5-launches/" + code).json().getJsonArray("sessions").size(),
                "another learner sees only their own sessions");
    }

    @Test
    void theAusFilesAreServedSandboxedWithConnectSrcToTheLmsOnly() {
        String code = upload("Completed");
        String url = Api.as(base, DemoUsers.LEARNER).postJson("/api/cmi5-launches", "{\"packageCode\":\"" + code + "\"}").json().getString("launchUrl");
        String path = URI.create(url).getRawPath();
        String context = URI.create(base.toString()).getRawPath();
        Api.Reply page = Api.anonymous(base).get("/" + path.substring(context.length()));
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("Count the float"));
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.startsWith("sandbox allow-scripts allow-forms;"), csp);
        assertFalse(csp.contains("allow-same-origin"), csp);
        assertTrue(csp.contains("connect-src " + base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + ";"), csp);
        assertEquals(404, Api.anonymous(base).get("/player/cmi5/" + "0".repeat(48) + "/au/index.html").status());

        Api.Reply preflight = Lrs.with(base, null).send("OPTIONS", "/xapi/statements", null, null,
                Map.of("Origin", "null", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type"));
        assertEquals(204, preflight.status(), preflight::toString);
        assertEquals("*", preflight.header("Access-Control-Allow-Origin"));
        assertTrue(preflight.header("Access-Control-Allow-Headers").contains("X-Experience-API-Version"));
    }

    private boolean packageCompleted(String code) {
        Api.Reply program = Api.as(base, DemoUsers.LEARNER).get("/api/cmi5-launches/" + code);
        if (program.status() == 200) {
            return program.json().getBoolean("completed");
        }
        throw new AssertionError("progress not readable: " + program);
    }
}
