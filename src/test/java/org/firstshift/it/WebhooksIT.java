package org.firstshift.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.roleplay.domain.Outcome;
import org.firstshift.roleplay.domain.ScenarioGraph;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.ScenarioPaths;
import org.firstshift.testing.TestDatabase;
import org.firstshift.testing.TrainingCompany;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Webhooks against a real HTTP receiver started by the test: signed deliveries, retries with
 * back-off after a 500, a receiver that is down, redelivery by hand, URL checks and who may manage hooks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {

    @ArquillianResource
    URL base;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    record Received(Instant at, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** Starts a receiver on a free port; it answers with the statuses given, then 200 for ever. */
    private String startReceiver(int... statuses) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body));
            int n = calls.getAndIncrement();
            int status = n < statuses.length ? statuses[n] : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private Api admin() {
        return Api.as(base, DemoUsers.ADMIN);
    }

    private JsonObject register(String url, String types) {
        Api.Reply r = admin().postJson("/api/webhooks", "{\"url\": \"" + url + "\", \"eventTypes\": [" + types + "], \"description\": \"it\"}");
        assertEquals(201, r.status(), r::toString);
        assertTrue(r.json().getString("secret").startsWith("whsec_"));
        return r.json();
    }

    private JsonObject awaitDelivery(long hookId, long deliveryId, Predicate<JsonObject> done, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        JsonObject last = null;
        while (Instant.now().isBefore(until)) {
            Api.Reply r = admin().get("/api/webhooks/deliveries/" + deliveryId);
            assertEquals(200, r.status(), r::toString);
            last = r.json();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(300);
        }
        fail("delivery " + deliveryId + " of hook " + hookId + " did not get there in " + within + ": " + last);
        return null;
    }

    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void aTestEventArrivesSignedWithTheHooksSecret() throws Exception {
        JsonObject hook = register(startReceiver(), "\"webhook.test\"");
        long hookId = hook.getJsonNumber("id").longValue();
        Api.Reply test = admin().post("/api/webhooks/" + hookId + "/test", "application/json", "");
        assertEquals(202, test.status(), test::toString);
        long deliveryId = test.json().getJsonNumber("id").longValue();
        JsonObject delivered = awaitDelivery(hookId, deliveryId, d -> d.getString("status").equals("DELIVERED"), Duration.ofSeconds(20));
        assertEquals(1, delivered.getInt("attempts"));
        assertEquals(200, delivered.getInt("lastStatus"));

        assertEquals(1, received.size());
        Received r = received.get(0);
        assertEquals(hmac(hook.getString("secret"), r.body()), r.header("X-FirstShift-Signature"), "the signature verifies");
        assertFalse(hmac("whsec_wrong", r.body()).equals(r.header("X-FirstShift-Signature")));
        assertEquals(test.json().getString("deliveryId"), r.header("X-FirstShift-Delivery"));
        assertEquals("webhook.test", r.header("X-FirstShift-Event"));
        long stamp = Long.parseLong(r.header("X-FirstShift-Timestamp"));
        assertTrue(Math.abs(stamp - Instant.now().getEpochSecond()) < 120, "a current timestamp");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"type\":\"webhook.test\"") && body.contains(test.json().getString("deliveryId")), body);

        // Redelivery by hand sends the same delivery again.
        Api.Reply again = admin().post("/api/webhooks/deliveries/" + deliveryId + "/redeliver", "application/json", "");
        assertEquals(202, again.status(), again::toString);
        awaitDelivery(hookId, deliveryId, d -> d.getInt("attempts") == 2 && d.getString("status").equals("DELIVERED"), Duration.ofSeconds(20));
        assertEquals(2, received.size());
        assertEquals(r.header("X-FirstShift-Delivery"), received.get(1).header("X-FirstShift-Delivery"));
    }

    /**
     * A real domain event, not the test event: HR approves a tier change (after the learner passed
     * a role-play) and the receiver gets {@code tier.change.approved}, signed with the hook's secret.
     */
    @Test
    void anApprovedTierChangeReachesTheReceiverSigned() throws Exception {
        JsonObject hook = register(startReceiver(), "\"tier.change.approved\"");
        TrainingCompany company = new TrainingCompany();
        assertEquals(200, company.load(base).status());
        Api lena = company.first.api(base);
        long employee = TestDatabase.count("SELECT id FROM employee WHERE personnel_number = ?", company.first.personnelNumber);
        assertEquals(200, lena.get("/api/me/tier").status());
        passRolePlay(lena);
        long change = TestDatabase.count("SELECT id FROM tier_change WHERE employee_id = ? AND status = 'PENDING'", employee);
        assertTrue(change > 0, "the passed role-play made a tier change to approve");
        assertTrue(received.isEmpty(), "nothing is sent before the approval");

        Api.Reply approved = Api.as(base, DemoUsers.HR).post("/api/tier-changes/" + change + "/approve", "application/json", "");
        assertEquals(200, approved.status(), approved::toString);

        Instant until = Instant.now().plusSeconds(30);
        while (received.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertEquals(1, received.size(), "one delivery for the one approval");
        Received r = received.get(0);
        assertEquals("tier.change.approved", r.header("X-FirstShift-Event"));
        assertEquals(hmac(hook.getString("secret"), r.body()), r.header("X-FirstShift-Signature"), "the signature verifies");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"employeeId\":" + employee) && body.contains("\"changeId\":" + change)
                && body.contains("\"toGrade\":\"G2\"") && body.contains("\"approvedBy\":\"hr\""), body);
    }

    /** Plays the demo role-play along its best path: a passed, finished attempt. */
    private static void passRolePlay(Api api) {
        ScenarioGraph g = ScenarioPaths.demo("think-about-it.yaml");
        Api.Reply started = api.post("/api/scenarios/RP-THINK/attempts", "application/json", "");
        assertEquals(201, started.status(), started::toString);
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        for (String response : ScenarioPaths.best(g, Set.of(Outcome.SALE, Outcome.SATISFIED))) {
            Api.Reply reply = api.postJson("/api/roleplay-attempts/" + attempt + "/choices", "{\"responseId\":\"" + response + "\"}");
            assertEquals(200, reply.status(), reply::toString);
        }
    }

    @Test
    void aReceiverAnswering500IsRetriedWithBackOff() throws Exception {
        JsonObject hook = register(startReceiver(500), "\"*\"");
        long hookId = hook.getJsonNumber("id").longValue();
        long deliveryId = admin().post("/api/webhooks/" + hookId + "/test", "application/json", "").json()
                .getJsonNumber("id").longValue();
        JsonObject failedOnce = awaitDelivery(hookId, deliveryId, d -> d.getInt("attempts") >= 1 && d.getString("status").equals("PENDING"),
                Duration.ofSeconds(20));
        assertEquals(500, failedOnce.getInt("lastStatus"));
        assertTrue(failedOnce.getString("lastError").contains("500"));
        JsonObject delivered = awaitDelivery(hookId, deliveryId, d -> d.getString("status").equals("DELIVERED"), Duration.ofSeconds(45));
        assertEquals(2, delivered.getInt("attempts"));
        assertEquals(2, received.size());
        Duration gap = Duration.between(received.get(0).at(), received.get(1).at());
        assertTrue(gap.compareTo(Duration.ofSeconds(9)) >= 0, "the retry waited for the back-off (10 s), not " + gap);
        assertEquals("1", received.get(0).header("X-FirstShift-Attempt"));
        assertEquals("2", received.get(1).header("X-FirstShift-Attempt"));
        JsonObject listed = admin().get("/api/webhooks/" + hookId + "/deliveries").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonNumber("id").longValue() == deliveryId).findFirst().orElseThrow();
        assertEquals(2, listed.getInt("attempts"));
    }

    @Test
    void aReceiverThatIsDownNeverAffectsTheRequestThatCausedTheEvent() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        JsonObject hook = register("http://127.0.0.1:" + closedPort + "/nobody-home", "\"*\"");
        long hookId = hook.getJsonNumber("id").longValue();
        Instant start = Instant.now();
        Api.Reply test = admin().post("/api/webhooks/" + hookId + "/test", "application/json", "");
        assertEquals(202, test.status(), test::toString);
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5, "queued, not sent inside the request");
        long deliveryId = test.json().getJsonNumber("id").longValue();
        JsonObject failed = awaitDelivery(hookId, deliveryId, d -> d.getInt("attempts") >= 1 && d.getString("status").equals("PENDING"),
                Duration.ofSeconds(30));
        assertTrue(!failed.containsKey("lastStatus") || failed.isNull("lastStatus"));
        assertTrue(failed.getString("lastError").contains("Connect"), failed::toString);
        assertTrue(Instant.parse(failed.getString("nextAttemptAt")).isAfter(Instant.now()), "a retry is scheduled");
        // Other requests (and other hooks) carry on.
        assertEquals(200, Api.as(base, DemoUsers.HR).get("/api/employees").status());
        admin().delete("/api/webhooks/" + hookId);
    }

    @Test
    void onlyHttpAndHttpsReceiversAreAccepted() {
        for (String url : List.of("file:///etc/passwd", "gopher://127.0.0.1:70/", "ftp://example.com/x", "not a url")) {
            Api.Reply r = admin().postJson("/api/webhooks", "{\"url\": \"" + url + "\", \"eventTypes\": [\"*\"]}");
            assertEquals(422, r.status(), url + ": " + r);
            assertTrue(r.body().contains("url"), r::toString);
        }
        Api.Reply badType = admin().postJson("/api/webhooks", "{\"url\": \"https://hooks.example.com/x\", \"eventTypes\": [\"Not A Type\"]}");
        assertEquals(422, badType.status(), badType::toString);
    }

    @Test
    void onlyAdminsOrAWebhooksTokenManageHooks() {
        assertEquals(403, Api.as(base, DemoUsers.HR).get("/api/webhooks").status());
        assertEquals(403, Api.as(base, "tom").postJson("/api/webhooks", "{\"url\": \"https://x.example/\", \"eventTypes\": [\"*\"]}").status());
        assertEquals(401, Api.anonymous(base).get("/api/webhooks").status());
        Api token = Api.withBearer(base, IntegrationTokens.service(base, "webhooks"));
        assertEquals(200, token.get("/api/webhooks").status());
        assertEquals(403, token.get("/api/employees").status(), "the webhooks scope is not an admin credential");
        Api scimToken = Api.withBearer(base, IntegrationTokens.service(base, "scim"));
        assertEquals(403, scimToken.get("/api/webhooks").status());
    }
}
