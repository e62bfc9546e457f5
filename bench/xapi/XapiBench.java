import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * xAPI statement ingest: POST /xapi/statements in batches of 50 through the LRS (validation,
 * immutability check, index rows, one transaction per batch) against a raw JDBC batch insert of the
 * same rows into the same tables, same batch size and the same number of threads, in the same run.
 * Usage: java -cp postgresql.jar XapiBench.java <base-url> <authorization> <jdbc-url> <user> <statements> <threads>
 */
public class XapiBench {
    static final int BATCH = 50;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String authorization = args[1];
        String jdbc = args[2];
        String user = args[3];
        int total = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        int batches = total / BATCH;

        // Warm-up, not counted: a production LRS has long been running when content sends statements,
        // so its JIT has compiled the ingest path. A thousand statements left it half-interpreted.
        int warmUp = Math.max(threads * 4, 200);
        run(threads, warmUp, b -> post(base, authorization, batch("warm" + b)));
        run(threads, warmUp, b -> jdbcInsert(jdbc, user, batch("warmraw" + b)));

        // Alternating rounds: both sides write into tables (and indexes) of about the same size, so
        // neither is measured on the smaller table.
        int rounds = 4;
        double lrsSeconds = 0;
        double rawSeconds = 0;
        for (int round = 0; round < rounds; round++) {
            int from = round * batches / rounds;
            int to = (round + 1) * batches / rounds;
            String tag = "r" + round + "-";
            lrsSeconds += seconds(threads, from, to, b -> post(base, authorization, batch("lrs" + tag + b)));
            rawSeconds += seconds(threads, from, to, b -> jdbcInsert(jdbc, user, batch("raw" + tag + b)));
        }
        double lrs = batches * BATCH / lrsSeconds;
        double raw = batches * BATCH / rawSeconds;
        System.out.printf("| xAPI ingest via LRS (batches of %d, %d threads) | %d statements | %.0f statements/s |%n", BATCH, threads, batches * BATCH, lrs);
        System.out.printf("| raw JDBC batch insert, same rows | %d statements | %.0f statements/s |%n", batches * BATCH, raw);
        System.out.printf("| LRS / raw | %.0f%% | targets: >= 50%% of raw and >= 3,000 statements/s: %s |%n", 100 * lrs / raw,
                lrs >= raw / 2 && lrs >= 3000 ? "met" : "NOT met");
    }

    interface Work {
        void batch(int b) throws Exception;
    }

    /** Runs the batches on the threads and returns statements per second. */
    static double run(int threads, int batches, Work work) throws Exception {
        return batches * BATCH / seconds(threads, 0, batches, work);
    }

    /** Runs batches [from, to) on the threads and returns the seconds it took. */
    static double seconds(int threads, int from, int to, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger(from);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                int b;
                while ((b = next.getAndIncrement()) < to) {
                    work.batch(b);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return seconds;
    }

    record Row(String id, String actor, String activity, String registration, String json) {
    }

    /** Fifty statements as a cmi5-style AU would send them: varied learners, verbs, results, context. */
    static List<Row> batch(String prefix) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String id = UUID.randomUUID().toString();
            String actor = "mailto:" + prefix + "-" + (i % 10) + "@bench.example";
            String activity = "https://bench.example/activities/" + (i % 7);
            String registration = UUID.randomUUID().toString();
            String json = "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"name\":\"Bench " + i + "\",\"mbox\":\"" + actor + "\"},"
                    + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/" + (i % 2 == 0 ? "completed" : "answered") + "\",\"display\":{\"en-US\":\"did\"}},"
                    + "\"object\":{\"objectType\":\"Activity\",\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"en-US\":\"Lesson " + (i % 7) + "\"},"
                    + "\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}},"
                    + "\"result\":{\"score\":{\"scaled\":0.8,\"raw\":8,\"min\":0,\"max\":10},\"success\":true,\"completion\":true,\"duration\":\"PT5M12S\"},"
                    + "\"context\":{\"registration\":\"" + registration + "\",\"contextActivities\":{\"parent\":[{\"id\":\"https://bench.example/course\"}]},"
                    + "\"platform\":\"bench\",\"language\":\"en-US\"},\"timestamp\":\"" + Instant.now() + "\"}";
            rows.add(new Row(id, actor, activity, registration, json));
        }
        return rows;
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    static void post(String base, String authorization, List<Row> rows) throws Exception {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            body.append(i == 0 ? "" : ",").append(rows.get(i).json());
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/xapi/statements"))
                .header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.append("]").toString()))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST failed: " + r.statusCode() + " " + r.body());
        }
    }

    /** As long as the IFI of an LRS key's authority agent. */
    static final String AUTHORITY = "account:https://firstshift.example/xapi|lrs-key-0123456789abcdef";

    static final ThreadLocal<Connection> CONNECTIONS = new ThreadLocal<>();

    /** The same rows the LRS writes: the statement row (index columns + JSON) and its link rows, one transaction. */
    static void jdbcInsert(String url, String user, List<Row> rows) throws Exception {
        Connection c = CONNECTIONS.get();
        if (c == null) {
            c = DriverManager.getConnection(url, user, "unused");
            c.setAutoCommit(false);
            CONNECTIONS.set(c);
        }
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO xapi_statement (statement_id, stored, actor_ifi, verb_id,"
                + " object_activity, object_agent_ifi, target_statement, registration, voiding, voided, credential_id, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement l = c.prepareStatement("INSERT INTO xapi_statement_link (statement_id, kind, link_value) VALUES (?, ?, ?)")) {
            for (Row r : rows) {
                s.setString(1, r.id());
                s.setObject(2, now);
                s.setString(3, "mbox:" + r.actor());
                s.setString(4, "http://adlnet.gov/expapi/verbs/completed");
                s.setString(5, r.activity());
                s.setString(6, null);
                s.setString(7, null);
                s.setString(8, r.registration());
                s.setBoolean(9, false);
                s.setBoolean(10, false);
                s.setNull(11, java.sql.Types.BIGINT);
                s.setString(12, r.json());
                s.addBatch();
                for (String[] link : new String[][]{{"A", r.activity()}, {"A", "https://bench.example/course"}, {"G", "mbox:" + r.actor()},
                        // the authority (the LRS key) is an agent of the statement too: related_agents finds it
                        {"G", AUTHORITY}}) {
                    l.setString(1, r.id());
                    l.setString(2, link[0]);
                    l.setString(3, link[1]);
                    l.addBatch();
                }
            }
            s.executeBatch();
            l.executeBatch();
        }
        c.commit();
    }
}
