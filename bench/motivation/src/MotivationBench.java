import org.firstshift.motivation.application.FactsJson;
import org.firstshift.motivation.application.SchemeReader;
import org.firstshift.motivation.domain.Evaluation;
import org.firstshift.motivation.domain.TierEvaluator;
import org.firstshift.motivation.domain.TierScheme;
import org.firstshift.platform.content.ContentProblems;
import org.firstshift.platform.results.ResultBook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Full recomputation of the motivation tiers over the generated schema bench_motivation:
 * load every employee's results into a ResultBook (1,000,000 audit lines streamed and grouped
 * into visits in Java), evaluate each employee with the demo scheme through the pure
 * TierEvaluator, write each evaluation's facts snapshot (JSON + SHA-256 fingerprint, as stored);
 * then the same tiers from ONE SQL statement (aggregate.sql), and both distributions side by side.
 */
public class MotivationBench {

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "unused-with-trust-auth");
        ContentProblems problems = new ContentProblems();
        TierScheme scheme = SchemeReader.parse("tiers.yaml", Files.readString(Path.of("content/demo/tiers.yaml")), problems)
                .orElseThrow(() -> new IllegalStateException(problems.items().toString())).scheme();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false); // lets the driver stream with a fetch size
            try (Statement s = db.createStatement()) {
                s.execute("SET TIME ZONE 'UTC'");
            }
            for (int run = 1; run <= 2; run++) {
                System.out.println("== run " + run + (run == 1 ? " (cold JIT)" : " (warm)"));
                once(db, scheme, today);
            }
        }
    }

    private static void once(Connection db, TierScheme scheme, LocalDate today) throws Exception {
        long t0 = System.nanoTime();
        ResultBook book = new ResultBook();
        List<Long> ids = new ArrayList<>();
        long lines = 0;
        try (Statement s = db.createStatement()) {
            s.setFetchSize(20_000);
            try (ResultSet r = s.executeQuery("SELECT id, position_code, since FROM bench_motivation.employee ORDER BY id")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                    book.add(new ResultBook.Tenure(r.getLong(1), r.getString(2), r.getDate(3).toLocalDate()));
                }
            }
            // audit lines, grouped into visits here (score = share of passed lines; critical = a critical line failed)
            try (ResultSet r = s.executeQuery("SELECT v.id, v.employee_id, v.visit_date, l.rule_id, l.passed, l.critical "
                    + "FROM bench_motivation.audit_visit v JOIN bench_motivation.audit_line l ON l.visit_id = v.id ORDER BY v.id")) {
                long visit = -1, employee = -1;
                LocalDate date = null;
                int total = 0, passed = 0;
                boolean critical = false;
                List<String> failed = new ArrayList<>();
                while (r.next()) {
                    lines++;
                    long v = r.getLong(1);
                    if (v != visit) {
                        if (visit >= 0) {
                            book.add(new ResultBook.AuditResult(employee, visit, date, 100.0 * passed / total, critical, failed));
                        }
                        visit = v;
                        employee = r.getLong(2);
                        date = r.getDate(3).toLocalDate();
                        total = 0;
                        passed = 0;
                        critical = false;
                        failed = new ArrayList<>();
                    }
                    total++;
                    if (r.getBoolean(5)) {
                        passed++;
                    } else {
                        failed.add(r.getString(4));
                        critical |= r.getBoolean(6);
                    }
                }
                if (visit >= 0) {
                    book.add(new ResultBook.AuditResult(employee, visit, date, 100.0 * passed / total, critical, failed));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT employee_id, exam_code, score, passed, at FROM bench_motivation.exam_result")) {
                while (r.next()) {
                    book.add(new ResultBook.ExamResult(r.getLong(1), r.getString(2), r.getDouble(3), r.getBoolean(4), r.getTimestamp(5).toInstant()));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT employee_id, certification_code, valid_from, valid_until, revoked FROM bench_motivation.certification_cycle")) {
                while (r.next()) {
                    java.sql.Date until = r.getDate(4);
                    book.add(new ResultBook.CertificationCycle(r.getLong(1), r.getString(2), r.getDate(3).toLocalDate(),
                            until == null ? null : until.toLocalDate(), r.getBoolean(5)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT employee_id, scenario_code, passed, at FROM bench_motivation.roleplay_result")) {
                while (r.next()) {
                    book.add(new ResultBook.RoleplayResult(r.getLong(1), r.getString(2), r.getBoolean(3), r.getTimestamp(4).toInstant()));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT employee_id, plan_code, completed_at FROM bench_motivation.shadowing_result")) {
                while (r.next()) {
                    book.add(new ResultBook.ShadowingResult(r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant()));
                }
            }
        }
        db.commit();
        long t1 = System.nanoTime();
        Map<String, LongAdder> javaTiers = new ConcurrentHashMap<>();
        Evaluation[] evaluations = new Evaluation[ids.size()];
        java.util.stream.IntStream.range(0, ids.size()).parallel().forEach(i -> {
            Evaluation e = TierEvaluator.evaluate(scheme, book.of(ids.get(i)), today);
            evaluations[i] = e;
            javaTiers.computeIfAbsent(e.tier().code(), k -> new LongAdder()).increment();
        });
        long t2 = System.nanoTime();
        LongAdder bytes = new LongAdder();
        java.util.stream.IntStream.range(0, ids.size()).parallel().forEach(i -> {
            String facts = FactsJson.write(book.of(ids.get(i)));
            bytes.add(facts.length());
            FactsJson.fingerprint(1, evaluations[i].tier().code(), facts);
        });
        long t3 = System.nanoTime();
        Map<String, Long> sqlTiers = new TreeMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(Files.readString(Path.of("bench/motivation/aggregate.sql")))) {
            while (r.next()) {
                sqlTiers.put(r.getString(1), r.getLong(2));
            }
        }
        db.commit();
        long t4 = System.nanoTime();

        System.out.printf("employees: %,d   audit visits: %,d   audit lines: %,d   cores: %d%n", ids.size(),
                ids.stream().mapToLong(id -> book.of(id).audits.size()).sum(), lines, Runtime.getRuntime().availableProcessors());
        System.out.printf("load results into ResultBook (6 streamed queries) : %7.2f s%n", (t1 - t0) / 1e9);
        System.out.printf("evaluate 100k employees (pure TierEvaluator)      : %7.2f s%n", (t2 - t1) / 1e9);
        System.out.printf("facts snapshot JSON + SHA-256 per employee        : %7.2f s  (%,d MB of JSON)%n", (t3 - t2) / 1e9, bytes.sum() / 1_000_000);
        System.out.printf("FULL RECOMPUTATION (load + evaluate + snapshot)   : %7.2f s%n", (t3 - t0) / 1e9);
        System.out.printf("single SQL aggregation of the same inputs (tiers) : %7.2f s%n", (t4 - t3) / 1e9);
        Map<String, Long> java = new TreeMap<>();
        javaTiers.forEach((k, v) -> java.put(k, v.sum()));
        System.out.println("tiers by Java: " + java);
        System.out.println("tiers by SQL : " + sqlTiers + (java.equals(sqlTiers) ? "  (same)" : "  (DIFFERENT)"));
    }
}
