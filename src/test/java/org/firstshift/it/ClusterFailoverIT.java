package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.SessionClient;
import org.firstshift.testing.StandaloneServer;
import org.firstshift.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The failover test: two FirstShift instances (own Payara Micro processes, booted at the same time)
 * on one PostgreSQL schema form one Payara cluster over Hazelcast on loopback, found by TCP/IP (a
 * cluster name and password of this run only, its own ports, never multicast: other people's
 * Payaras on the machine must neither join nor be joined). A mentor and a learner sign in on
 * instance A through the login form; the mentor signs off a task, the learner saves exam answers;
 * A is killed with kill -9; the same session cookies, sent to B, are still signed in, see the
 * sign-off and every acknowledged answer, and the next sign-off and answer succeed on B.
 * PostgreSQL only (two instances share one database; H2's file mode is not a shared server).
 */
class ClusterFailoverIT {
    private static final String EXAM = "RETAIL-CERT-EXAM";

    @Test
    void aSessionSurvivesTheLossOfItsInstanceWithItsSignOffsAndExamAnswers() throws Exception {
        assumeTrue("postgresql".equals(TestDatabase.label()), "the cluster test needs one shared PostgreSQL");
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String schema = "firstshift_cluster_" + run;
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        Map<String, String> db = new LinkedHashMap<>();
        db.put("FIRSTSHIFT_DB_CLASS", System.getenv("FIRSTSHIFT_DB_CLASS"));
        db.put("FIRSTSHIFT_DB_URL", System.getenv("FIRSTSHIFT_DB_URL").replaceAll("currentSchema=[A-Za-z0-9_]+", "currentSchema=" + schema));
        db.put("FIRSTSHIFT_DB_USER", System.getenv().getOrDefault("FIRSTSHIFT_DB_USER", "sa"));
        db.put("FIRSTSHIFT_DB_PASSWORD", System.getenv().getOrDefault("FIRSTSHIFT_DB_PASSWORD", ""));
        int portA = freePort();
        int portB = freePort();
        String members = "tcpip:127.0.0.1:" + portA + ",127.0.0.1:" + portB;
        try (StandaloneServer a = new StandaloneServer("cluster-a", db).clustered(cluster("a", run, members, portA));
             StandaloneServer b = new StandaloneServer("cluster-b", db).clustered(cluster("b", run, members, portB))) {
            a.launch();
            b.launch();
            a.awaitReady();
            b.awaitReady();
            awaitClusterOfTwo(a);
            // Both started on the empty schema at once: exactly one of them loaded the demo company.
            String logA = Files.readString(a.log());
            String logB = Files.readString(b.log());
            assertTrue(logA.contains("Loaded content") ^ logB.contains("Loaded content"), "one node loads the content");
            assertTrue(logA.contains("loaded by another node") ^ logB.contains("loaded by another node"), "the other leaves it");
            URL onA = a.url();
            URL onB = b.url();

            long anna = Api.as(onA, DemoUsers.LEARNER).get("/api/me").json().getJsonNumber("id").longValue();
            SessionClient mentor = SessionClient.signIn(onA, DemoUsers.MENTOR);
            SessionClient tom = SessionClient.signIn(onA, "tom");
            assertEquals("mentor", mentor.get(onA, "/api/me").json().getString("username"));

            // On A: a sign-off, and exam answers the server acknowledged.
            Api.Reply signed = mentor.postJson(onA, "/api/shadowing/signoffs", signOff(anna, "SH-S-GREET"));
            assertEquals(201, signed.status(), signed::toString);
            long signOffId = signed.json().getJsonNumber("id").longValue();
            Api.Reply started = tom.postJson(onA, "/api/exams/" + EXAM + "/attempts", "");
            assertEquals(201, started.status(), started::toString);
            long attempt = started.json().getJsonNumber("id").longValue();
            List<JsonObject> questions = started.json().getJsonArray("questions").stream().map(JsonValue::asJsonObject).toList();
            Map<String, List<String>> acknowledged = new LinkedHashMap<>();
            for (JsonObject q : questions.subList(0, 2)) {
                List<String> values = ExamKillIT.someAnswer(q);
                Api.Reply saved = tom.putJson(onA, "/api/exam-attempts/" + attempt + "/answers/" + q.getString("id"),
                        "{\"values\":" + ExamKillIT.json(values) + "}");
                assertEquals(200, saved.status(), saved::toString);
                acknowledged.put(q.getString("id"), values);
            }
            String mentorSession = mentor.sessionId();
            String tomSession = tom.sessionId();

            a.kill();

            // On B, the same cookies: still signed in, nothing lost.
            Api.Reply me = mentor.get(onB, "/api/me");
            assertEquals(200, me.status(), "the mentor's session lives on in B: " + me);
            assertEquals("mentor", me.json().getString("username"));
            JsonObject trainee = mentor.get(onB, "/api/shadowing/trainees/" + anna).json();
            assertTrue(trainee.getJsonArray("signOffs").stream().map(JsonValue::asJsonObject)
                    .anyMatch(s -> s.getJsonNumber("id").longValue() == signOffId), "the sign-off made on A: " + trainee);
            Api.Reply page = mentor.get(onB, "/mentor/home.xhtml");
            assertEquals(200, page.status(), "B serves the mentor's pages to the same session: " + page);
            assertTrue(page.body().contains("<span class=\"who\" id=\"who\">mentor</span>"), page.body());
            Api.Reply next = mentor.postJson(onB, "/api/shadowing/signoffs", signOff(anna, "SH-S-APPROACH"));
            assertEquals(201, next.status(), "a new sign-off on B: " + next);

            Api.Reply resumed = tom.get(onB, "/api/exam-attempts/" + attempt);
            assertEquals(200, resumed.status(), "the learner's session lives on in B: " + resumed);
            assertEquals("OPEN", resumed.json().getString("status"));
            for (JsonObject q : resumed.json().getJsonArray("questions").stream().map(JsonValue::asJsonObject).toList()) {
                if (acknowledged.containsKey(q.getString("id"))) {
                    List<String> saved = q.getJsonArray("answer").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
                    assertEquals(acknowledged.get(q.getString("id")), saved, "answer to " + q.getString("id"));
                }
            }
            JsonObject third = questions.get(2);
            Api.Reply answeredOnB = tom.putJson(onB, "/api/exam-attempts/" + attempt + "/answers/" + third.getString("id"),
                    "{\"values\":" + ExamKillIT.json(ExamKillIT.someAnswer(third)) + "}");
            assertEquals(200, answeredOnB.status(), "a new answer on B: " + answeredOnB);

            assertEquals(mentorSession, mentor.sessionId(), "B kept the mentor's session, it did not start a new one");
            assertEquals(tomSession, tom.sessionId(), "B kept the learner's session, it did not start a new one");
        } finally {
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /**
     * Payara Micro options of one member: found by TCP/IP on loopback only, under this run's cluster
     * name (Payara Micro 6's Hazelcast 5 has no cluster password any more: --clusterpassword is refused), on its own data grid port; host-aware partitioning off, because both members
     * share one address and the backups of A's sessions must be allowed to live on B.
     */
    private static List<String> cluster(String name, String run, String members, int port) {
        return List.of("--name", "firstshift-" + name + "-" + run, "--clustername", "firstshift-failover-" + run,
                "--clustermode", members, "--startport", String.valueOf(port),
                "--interfaces", "127.0.0.1", "--nohostaware");
    }

    private static String signOff(long trainee, String task) {
        return """
                {"clientId": "%s", "traineeId": %d, "taskId": "%s", "rating": "WITH_HELP", "comment": null}"""
                .formatted(UUID.randomUUID(), trainee, task);
    }

    /** Hazelcast logs the member list on every change; both must be in it before A may die. */
    private static void awaitClusterOfTwo(StandaloneServer server) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (Files.readString(server.log()).contains("DG Size: 2")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the two instances did not form one cluster; see " + server.log());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
