package firstshift.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A whole store (by default 1,000 learners) starts the same exam within 10 seconds, then every
 * learner autosaves one answer every 15 seconds for the duration (default 10 minutes) and submits.
 * Learners authenticate with HTTP Basic on every request (the API's machine path; their passwords
 * are hashed with few PBKDF2 iterations by the run script, so hashing does not dominate). Beside them, in the same run, a bare endpoint
 * ({@code /health/ready}) is called at the same rate as the autosaves, as the baseline.
 *
 * Properties: base (URL), users, minutes, exam, learners (CSV of username,password).
 */
public class ExamLoadSimulation extends Simulation {
    static final String BASE = System.getProperty("base", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 1000);
    static final double MINUTES = Double.parseDouble(System.getProperty("minutes", "10"));
    static final String EXAM = System.getProperty("exam", "RETAIL-CERT-EXAM");
    static final String LEARNERS = System.getProperty("learners", "learners.csv");
    static final String WARMUP_LEARNERS = System.getProperty("warmupLearners", "warmup.csv");
    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("warmupSeconds", 40));
    static final int WARMUP_USERS = Integer.getInteger("warmupUsers", 100);
    static final Duration AUTOSAVE_EVERY = Duration.ofSeconds(15);
    static final Duration DURATION = Duration.ofSeconds((long) (MINUTES * 60));

    HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json").acceptLanguageHeader("en")
            .disableFollowRedirect();

    @SuppressWarnings("unchecked")
    static List<String> answers(List<Object> questions) {
        // One valid answer per drawn question, as the phone would send it.
        List<String> bodies = new ArrayList<>();
        for (Object o : questions) {
            Map<String, Object> q = (Map<String, Object>) o;
            List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
            List<Map<String, Object>> targets = (List<Map<String, Object>>) q.get("targets");
            String values = switch ((String) q.get("type")) {
                case "single", "scenario", "multiple" -> "[\"" + options.get(0).get("id") + "\"]";
                case "true_false" -> "[\"true\"]";
                case "ordering" -> "[" + String.join(",", options.stream().map(x -> "\"" + x.get("id") + "\"").toList()) + "]";
                case "matching" -> "[\"" + options.get(0).get("id") + "=" + targets.get(0).get("id") + "\"]";
                case "numeric" -> "[\"3\"]";
                default -> "[\"an answer\"]";
            };
            bodies.add(q.get("id") + "\u0000{\"values\":" + values + "}");
        }
        return bodies;
    }

    /** One learner's exam: start, autosave every {@code every} for {@code duration}, submit. Names prefixed by {@code label}. */
    static ScenarioBuilder exam(String scenario, String label, String feeder, Duration every, Duration duration) {
        return scenario(scenario)
            .feed(csv(feeder).queue())
            .exec(http(label + "start attempt").post("/api/exams/" + EXAM + "/attempts").basicAuth("#{username}", "#{password}")
                    .check(status().in(200, 201), jsonPath("$.id").saveAs("attempt"),
                            jsonPath("$.questions[*]").ofMap().findAll().saveAs("questions")))
            // A learner whose start failed stops here: that is one error, not one per later request.
            .exitHereIfFailed()
            .exec(session -> session.set("answers", answers(session.getList("questions"))).set("n", 0))
            .exec(during(duration).on(pace(every).exec(session -> {
                        List<String> answers = session.getList("answers");
                        int n = session.getInt("n");
                        String[] a = answers.get(n % answers.size()).split("\u0000");
                        return session.set("question", a[0]).set("body", a[1]).set("n", n + 1);
                    })
                    .exec(http(label + "autosave").put("/api/exam-attempts/#{attempt}/answers/#{question}").basicAuth("#{username}", "#{password}")
                            .header("Content-Type", "application/json").body(StringBody("#{body}")).check(status().is(200)))))
            .exec(http(label + "submit").post("/api/exam-attempts/#{attempt}/submit").basicAuth("#{username}", "#{password}").check(status().is(200)));
    }

    /**
     * Warm-up, not measured: a production server has been running for hours when a store starts an
     * exam, so its JIT has compiled the request paths. A few other learners take the exam first
     * (their requests are named "warm-up ..." and left out of the figures).
     */
    ScenarioBuilder warmUp = exam("warm-up", "warm-up ", WARMUP_LEARNERS, Duration.ofSeconds(1), WARMUP);

    ScenarioBuilder learners = exam("learners", "", LEARNERS, AUTOSAVE_EVERY, DURATION);

    ScenarioBuilder bare = scenario("bare endpoint").exec(http("health/ready").get("/health/ready").check(status().is(200)));

    {
        double autosavesPerSecond = USERS / (double) AUTOSAVE_EVERY.toSeconds();
        Duration measuredFrom = WARMUP.plusSeconds(20);
        setUp(warmUp.injectOpen(rampUsers(WARMUP_USERS).during(Duration.ofSeconds(20))),
                learners.injectOpen(nothingFor(measuredFrom), rampUsers(USERS).during(Duration.ofSeconds(10))),
                bare.injectOpen(nothingFor(measuredFrom), constantUsersPerSec(autosavesPerSecond).during(DURATION.plusSeconds(10))))
                .protocols(protocol);
    }

}
