package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.LtiTestPlatform;
import org.firstshift.testing.TrainingCompany;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * FirstShift as an LTI 1.3 tool, end to end over HTTP against a platform started by the test
 * ({@link LtiTestPlatform}): login initiation, the signed launch, deep linking both ways, grade
 * pass-back with a client-credentials token, and every refused launch (forged, expired, replayed,
 * wrong nonce, unknown issuer, deployment, user or activity), which must sign nobody in and record
 * nothing. Each test has its own company and its own registered platform.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiIT {
    private static final Pattern HIDDEN = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    @ArquillianResource
    URL base;

    private TrainingCompany company;
    private LtiTestPlatform platform;
    private String toolLogin;
    private String toolLaunch;

    @BeforeEach
    void aCompanyAndAPlatformOfOurOwn() throws Exception {
        company = new TrainingCompany();
        Api.Reply loaded = company.load(base);
        assertEquals(200, loaded.status(), loaded::toString);
        JsonObject tool = admin().get("/api/lti/tool").json();
        toolLogin = tool.getString("loginInitiationUrl");
        toolLaunch = tool.getString("redirectUrl");
        platform = new LtiTestPlatform(toolLaunch, tool.getString("jwksUrl"));
        Api.Reply registered = admin().postJson("/api/lti/platforms", platform.registration());
        assertEquals(201, registered.status(), registered::toString);
    }

    @AfterEach
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private Api admin() {
        return Api.as(base, DemoUsers.ADMIN);
    }

    // --- the happy paths ---------------------------------------------------------------------

    @Test
    void aLaunchSignsTheEmployeeInToTheActivityAndTheScoreGoesBackToThePlatform() throws Exception {
        String lineitem = platform.newLineitem();
        Browser browser = new Browser();
        LtiTestPlatform.Launch launch = platform.prepare("hint-" + UUID.randomUUID(), l -> {
            l.email = company.first.email.toUpperCase(); // e-mail addresses compare without case
            l.activity = "lesson:" + company.meetLesson;
            l.lineitem = lineitem;
        });
        HttpResponse<String> launched = browser.launch(loginHintOf(launch), "text/html");

        assertEquals(303, launched.statusCode(), launched::body);
        String location = launched.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/learner/lesson.xhtml?ref=" + company.meetLesson), location);
        HttpResponse<String> page = browser.get(resolve(location));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Meeting customers " + company.suffix), "the lesson opens for the learner");
        HttpResponse<String> program = browser.get(resolve("/api/me/program"), "application/json");
        assertEquals(200, program.statusCode(), "the launch signed the employee in");
        assertTrue(program.body().contains(company.program), program.body());
        assertEquals(1, company.first.api(base).get("/api/me/personal-data").json().getJsonArray("lti").size());

        Instant checkedAt = Instant.now().minusSeconds(5);
        Api.Reply checked = company.first.api(base).postJson("/api/me/lessons/" + company.meetLesson + "/check",
                TrainingCompany.rightAnswers());
        assertEquals(200, checked.status(), checked::toString);

        JsonObject score = awaitScore();
        assertEquals(launch.sub, score.getString("userId"));
        assertEquals(100.0, score.getJsonNumber("scoreGiven").doubleValue());
        assertEquals(100.0, score.getJsonNumber("scoreMaximum").doubleValue());
        assertEquals("Completed", score.getString("activityProgress"));
        assertEquals("FullyGraded", score.getString("gradingProgress"));
        assertEquals(lineitem + "/scores", platform.scoreUrls.get(0));
        assertEquals(List.of(), platform.refusals);
        JsonObject sent = awaitDelivered(checkedAt);
        assertEquals(1, sent.getInt("attempts"));
        assertEquals(200, sent.getInt("lastStatus"));
    }

    @Test
    void everyChangeOfTheResultGoesBackAndThePlatformKeepsTheLatest() throws Exception {
        String lineitem = platform.newLineitem();
        LtiTestPlatform.Launch launch = platform.prepare("hint-" + UUID.randomUUID(), l -> {
            l.email = company.first.email;
            l.activity = "lesson:" + company.meetLesson;
            l.lineitem = lineitem;
        });
        assertEquals(303, new Browser().launch(loginHintOf(launch), "text/html").statusCode());
        Api learner = company.first.api(base);
        String check = "/api/me/lessons/" + company.meetLesson + "/check";

        // A first attempt that fails: a score, not final yet.
        assertEquals(200, learner.postJson(check, TrainingCompany.wrongAnswers()).status());
        JsonObject first = awaitScores(1).get(0);
        assertEquals(launch.sub, first.getString("userId"));
        assertEquals(0.0, first.getJsonNumber("scoreGiven").doubleValue());
        assertEquals("InProgress", first.getString("activityProgress"));
        assertEquals("Pending", first.getString("gradingProgress"));

        // A better attempt that passes: a second score, final, later than the first.
        assertEquals(200, learner.postJson(check, TrainingCompany.rightAnswers()).status());
        JsonObject second = awaitScores(2).get(1);
        assertEquals(100.0, second.getJsonNumber("scoreGiven").doubleValue());
        assertEquals("Completed", second.getString("activityProgress"));
        assertEquals("FullyGraded", second.getString("gradingProgress"));
        assertTrue(Instant.parse(second.getString("timestamp")).isAfter(Instant.parse(first.getString("timestamp"))));
        assertEquals(second, platform.result(lineitem, launch.sub), "the platform keeps the latest result");

        // A worse attempt afterwards changes no result, so nothing more is sent.
        assertEquals(200, learner.postJson(check, TrainingCompany.wrongAnswers()).status());
        Thread.sleep(6000); // three polls
        assertEquals(2, platform.scores.size(), platform.scores::toString);
        assertEquals(List.of(), platform.refusals);
        assertEquals(100.0, platform.result(lineitem, launch.sub).getJsonNumber("scoreGiven").doubleValue());
    }

    @Test
    void deepLinkingPicksActivitiesAndTheSignedResponseLaunchesThem() throws Exception {
        Browser teacher = new Browser();
        LtiTestPlatform.Launch request = platform.prepare("hint-" + UUID.randomUUID(),
                l -> l.messageType = "LtiDeepLinkingRequest");
        HttpResponse<String> launched = teacher.launch(loginHintOf(request), "text/html");
        assertEquals(303, launched.statusCode(), launched::body);
        String pickerUrl = resolve(launched.headers().firstValue("Location").orElseThrow());
        assertTrue(pickerUrl.contains("/lti/deep-link?request="), pickerUrl);

        HttpResponse<String> picker = teacher.get(pickerUrl);
        assertEquals(200, picker.statusCode());
        String meet = "lesson:" + company.meetLesson;
        String part = "lesson:" + company.partLesson;
        assertTrue(picker.body().contains("value=\"" + meet + "\""), "the picker offers the program's lessons");
        String requestId = URLDecoder.decode(pickerUrl.substring(pickerUrl.indexOf("request=") + 8), StandardCharsets.UTF_8);

        HttpResponse<String> answer = teacher.post(resolve("/lti/deep-link"),
                Map.of("request", List.of(requestId), "activity", List.of(meet, part)));
        assertEquals(200, answer.statusCode(), answer::body);
        Matcher action = ACTION.matcher(answer.body());
        assertTrue(action.find());
        assertEquals(platform.deepLinkReturnUrl(), action.group(1));
        Map<String, List<String>> response = hidden(answer.body());
        // The platform's library refuses the response once a single claim is changed after signing.
        HttpResponse<String> forged = teacher.post(action.group(1), Map.of("JWT", List.of(tampered(response.get("JWT").get(0)))));
        assertEquals(400, forged.statusCode(), forged::body);
        assertTrue(platform.deepLinkResponses.isEmpty());
        HttpResponse<String> returned = teacher.post(action.group(1), response);
        assertEquals(200, returned.statusCode(), "the platform verified the signed response: " + platform.refusals);

        var claims = platform.deepLinkResponses.get(0);
        assertEquals(request.deepLinkData, claims.get("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
        List<?> items = (List<?>) claims.get("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(2, items.size());
        Map<?, ?> first = (Map<?, ?>) items.get(0);
        assertEquals("ltiResourceLink", first.get("type"));
        assertEquals(toolLaunch, first.get("url"));
        assertEquals(meet, ((Map<?, ?>) first.get("custom")).get("activity"));
        assertEquals("Meeting customers " + company.suffix, first.get("title"));
        assertEquals(100L, ((Number) ((Map<?, ?>) first.get("lineItem")).get("scoreMaximum")).longValue());

        // The same choice cannot be sent twice.
        assertEquals(400, teacher.post(resolve("/lti/deep-link"), Map.of("request", List.of(requestId),
                "activity", List.of(meet))).statusCode());

        // A learner launches the item the platform stored.
        Object picked = ((Map<?, ?>) ((Map<?, ?>) items.get(1)).get("custom")).get("activity");
        LtiTestPlatform.Launch launch = platform.prepare("hint-" + UUID.randomUUID(), l -> {
            l.email = company.second.email;
            l.activity = (String) picked;
        });
        HttpResponse<String> learner = new Browser().launch(loginHintOf(launch), "text/html");
        assertEquals(303, learner.statusCode(), learner::body);
        assertTrue(learner.headers().firstValue("Location").orElseThrow().endsWith("?ref=" + company.partLesson));
    }

    @Test
    void theToolPublishesOnlyPublicKeys() throws Exception {
        HttpResponse<String> jwks = new Browser().get(resolve("/lti/jwks"));
        assertEquals(200, jwks.statusCode());
        JsonObject key = new Api.Reply(200, jwks.body(), jwks.headers()).json()
                .getJsonArray("keys").getJsonObject(0);
        assertEquals("RSA", key.getString("kty"));
        assertFalse(key.containsKey("d"), "no private exponent");
        assertFalse(key.getString("kid").isBlank());
    }

    // --- refused launches: standard error, logged, nobody signed in, nothing recorded ----------

    @Test
    void aForgedSignatureIsRefused() throws Exception {
        refused(l -> l.signWithForeignKey = true, 401, "BAD_SIGNATURE");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        refused(l -> l.age = Duration.ofMinutes(7), 401, "EXPIRED");
    }

    @Test
    void aTokenWithAnotherNonceIsRefused() throws Exception {
        refused(l -> l.nonceOverride = UUID.randomUUID().toString(), 401, "NONCE_MISMATCH");
    }

    @Test
    void aTokenFromAnUnknownIssuerIsRefused() throws Exception {
        refused(l -> l.issuerOverride = "https://elsewhere.example/" + UUID.randomUUID(), 401, "UNKNOWN_PLATFORM");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        refused(l -> l.audienceOverride = "another-tool-" + platform.suffix, 401, "UNKNOWN_PLATFORM");
    }

    @Test
    void anUnknownDeploymentIsRefused() throws Exception {
        refused(l -> l.deploymentId = "not-" + platform.deploymentId, 403, "UNKNOWN_DEPLOYMENT");
    }

    @Test
    void anActivityInNoProgramIsRefused() throws Exception {
        refused(l -> l.activity = "lesson:L-NO-SUCH-" + company.suffix, 404, "UNKNOWN_ACTIVITY");
    }

    @Test
    void aPlatformUserWhoIsNoEmployeeIsRefusedWithAPageThatSaysWhy() throws Exception {
        LtiTestPlatform.Launch launch = prepareLearnerLaunch(l -> l.email = "nobody-" + company.suffix + "@test.example");
        Browser browser = new Browser();
        HttpResponse<String> page = browser.launch(loginHintOf(launch), "text/html");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("No FirstShift employee matches your account"), page.body());
        assertTrue(page.body().contains("UNKNOWN_USER"));
        assertEquals(401, browser.get(resolve("/api/me/program"), "application/json").statusCode(), "nobody is signed in");
    }

    @Test
    void aReplayedLaunchIsRefusedAndSignsNobodyIn() throws Exception {
        LtiTestPlatform.Launch launch = prepareLearnerLaunch(l -> { });
        Browser first = new Browser();
        HttpResponse<String> ok = first.launch(loginHintOf(launch), "application/json");
        assertEquals(303, ok.statusCode(), ok::body);

        Browser attacker = new Browser();
        HttpResponse<String> replay = attacker.post(toolLaunch, Map.of("id_token", List.of(launch.idToken),
                "state", List.of(first.lastState)), "application/json");
        assertProblem(replay, 401, "REPLAYED");
        assertEquals(401, attacker.get(resolve("/api/me/program"), "application/json").statusCode());
        assertEquals(1, company.first.api(base).get("/api/me/personal-data").json().getJsonArray("lti").size(),
                "only the first launch is recorded");
    }

    @Test
    void aLoginFromAnUnknownOrSwitchedOffIssuerIsRefused() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> unknown = browser.get(toolLogin + "?iss=" + enc("https://elsewhere.example/" + company.suffix)
                + "&login_hint=x&target_link_uri=" + enc(toolLaunch), "application/json");
        assertProblem(unknown, 401, "UNKNOWN_PLATFORM");

        long id = admin().get("/api/lti/platforms").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("issuer").equals(platform.issuer)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(false, admin().delete("/api/lti/platforms/" + id).json().getBoolean("active"));
        LtiTestPlatform.Launch launch = prepareLearnerLaunch(l -> { });
        HttpResponse<String> off = browser.get(loginUrl(loginHintOf(launch)), "application/json");
        assertProblem(off, 401, "UNKNOWN_PLATFORM");
        assertEquals(true, admin().post("/api/lti/platforms/" + id + "/active", "application/json", "").json().getBoolean("active"));
        assertEquals(302, browser.get(loginUrl(loginHintOf(launch)), "text/html").statusCode(), "on again");
    }

    @Test
    void aLaunchWithoutATokenIsRefused() throws Exception {
        HttpResponse<String> empty = new Browser().post(toolLaunch, Map.of("state", List.of("x")), "application/json");
        assertProblem(empty, 400, "MALFORMED");
    }

    // --- registration ------------------------------------------------------------------------

    @Test
    void aRegistrationWithMistakesIsRefusedNamingEachField() {
        Api.Reply bad = admin().postJson("/api/lti/platforms", """
                {"name": "Broken", "clientId": "c", "deploymentIds": [], "authLoginUrl": "ftp://lms.example/auth",
                 "authTokenUrl": "not a url", "jwksUrl": "https://lms.example/jwks"}""");
        assertEquals(422, bad.status(), bad::toString);
        String fields = bad.json().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("column", "")).collect(Collectors.joining(","));
        for (String field : List.of("issuer", "deploymentIds", "authLoginUrl", "authTokenUrl")) {
            assertTrue(fields.contains(field), field + " in " + bad.body());
        }
        assertFalse(fields.contains("jwksUrl"), bad.body());

        Api.Reply twice = admin().postJson("/api/lti/platforms", platform.registration());
        assertEquals(422, twice.status(), "issuer and client id are registered once");
    }

    @ParameterizedTest(name = "{0} may not manage LTI platforms")
    @ValueSource(strings = {"hr", "author", "auditor", "newhire", "mentor"})
    void onlyAdminsManagePlatforms(String user) {
        assertEquals(403, Api.as(base, user).get("/api/lti/platforms").status());
        assertEquals(403, Api.as(base, user).postJson("/api/lti/platforms", platform.registration()).status());
        assertEquals(403, Api.as(base, user).get("/api/lti/tool").status());
        assertEquals(403, Api.as(base, user).get("/api/lti/scores").status());
        assertEquals(403, Api.as(base, user).get("/admin/lti.xhtml").status());
    }

    @Test
    void anonymousCallersMustSignInToManagePlatforms() {
        assertEquals(401, Api.anonymous(base).get("/api/lti/platforms").status());
    }

    @Test
    void theAdminPageShowsTheAddressesToEnterAtThePlatform() {
        Api.Reply page = admin().get("/admin/lti.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains(toolLaunch) && page.body().contains(toolLogin), "tool addresses shown");
        assertTrue(page.body().contains(platform.issuer), "the registered platform is listed");
    }

    // --- helpers -----------------------------------------------------------------------------

    private LtiTestPlatform.Launch prepareLearnerLaunch(java.util.function.Consumer<LtiTestPlatform.Launch> change) {
        return platform.prepare("hint-" + UUID.randomUUID(), l -> {
            l.email = company.first.email;
            l.activity = "lesson:" + company.meetLesson;
            l.lineitem = platform.newLineitem();
            change.accept(l);
        });
    }

    /** A refused launch: the standard problem answer, nobody signed in, no launch recorded. */
    private void refused(java.util.function.Consumer<LtiTestPlatform.Launch> tamper, int status, String code) throws Exception {
        LtiTestPlatform.Launch launch = prepareLearnerLaunch(tamper);
        Browser browser = new Browser();
        HttpResponse<String> answer = browser.launch(loginHintOf(launch), "application/json");
        assertProblem(answer, status, code);
        assertEquals(401, browser.get(resolve("/api/me/program"), "application/json").statusCode(), "nobody is signed in");
        assertEquals(0, company.first.api(base).get("/api/me/personal-data").json().getJsonArray("lti").size(),
                "nothing recorded");
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String code) {
        assertEquals(status, answer.statusCode(), answer::body);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = new Api.Reply(status, answer.body(), answer.headers()).json();
        assertEquals(code, problem.getString("code"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }

    private static String loginHintOf(LtiTestPlatform.Launch launch) {
        return launch.loginHint;
    }

    private String loginUrl(String hint) {
        return toolLogin + "?iss=" + enc(platform.issuer) + "&login_hint=" + enc(hint) + "&target_link_uri=" + enc(toolLaunch)
                + "&client_id=" + enc(platform.clientId) + "&lti_deployment_id=" + enc(platform.deploymentId);
    }

    private String resolve(String location) {
        return URI.create(toolLaunch).resolve(location).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The same JWT with one claim changed in its payload (the signature left as it was). */
    private static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        java.util.Base64.Decoder decoder = java.util.Base64.getUrlDecoder();
        String payload = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.replace("\"Meeting customers", "\"Meeting kustomers");
        assertFalse(changed.equals(payload), "the payload names the lesson");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static Map<String, List<String>> hidden(String html) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.computeIfAbsent(m.group(1), k -> new java.util.ArrayList<>()).add(m.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    private JsonObject awaitScore() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            if (!platform.scores.isEmpty()) {
                return platform.scores.get(0);
            }
            Thread.sleep(200);
        }
        fail("no score reached the platform; its refusals: " + platform.refusals + "; FirstShift's scores: "
                + admin().get("/api/lti/scores").body());
        return null;
    }

    /** The first {@code count} scores the platform received, in arrival order. */
    private List<JsonObject> awaitScores(int count) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            if (platform.scores.size() >= count) {
                return platform.scores.subList(0, count);
            }
            Thread.sleep(200);
        }
        fail("only " + platform.scores.size() + " of " + count + " scores reached the platform; its refusals: "
                + platform.refusals + "; FirstShift's scores: " + admin().get("/api/lti/scores").body());
        return null;
    }

    /** The newest score FirstShift lists as delivered (it is marked once the platform has answered). */
    private JsonObject awaitDelivered(Instant since) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            var delivered = admin().get("/api/lti/scores").array().getValuesAs(JsonObject.class).stream()
                    .filter(s -> "DELIVERED".equals(s.getString("status")) && !Instant.parse(s.getString("createdAt")).isBefore(since))
                    .findFirst();
            if (delivered.isPresent()) {
                return delivered.get();
            }
            Thread.sleep(200);
        }
        fail("no score is listed as delivered: " + admin().get("/api/lti/scores").body());
        return null;
    }

    /** A browser as far as LTI needs one: keeps cookies, follows nothing by itself, posts forms. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String lastState;

        /** Login initiation, the platform's authorization endpoint, and the form post of the id_token. */
        HttpResponse<String> launch(String loginHint, String accept) throws IOException, InterruptedException {
            HttpResponse<String> login = get(loginUrl(loginHint), "text/html");
            assertEquals(302, login.statusCode(), login::body);
            String auth = login.headers().firstValue("Location").orElseThrow();
            assertTrue(auth.startsWith(platform.authUrl() + "?"), auth);
            HttpResponse<String> form = get(auth, "text/html");
            assertEquals(200, form.statusCode(), form::body);
            Matcher action = ACTION.matcher(form.body());
            assertTrue(action.find());
            Map<String, List<String>> fields = hidden(form.body());
            lastState = fields.get("state").get(0);
            assertNotNull(fields.get("id_token"));
            return post(action.group(1), fields, accept);
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return get(url, "text/html");
        }

        HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).header("Accept-Language", "en")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, Map<String, List<String>> form) throws IOException, InterruptedException {
            return post(url, form, "text/html");
        }

        HttpResponse<String> post(String url, Map<String, List<String>> form, String accept)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).header("Accept-Language", "en")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
