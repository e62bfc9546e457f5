package org.firstshift.it;

import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documented backup works: {@code server-config/backup.sh} dumps the running server's schema,
 * {@code restore.sh} loads it into an empty database, and the restored copy has the same
 * migrations and the data that existed when the backup was taken. PostgreSQL only (the backup is
 * pg_dump based; H2 is the demo database).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {
    static final List<String> TABLES = List.of("employee", "account", "standard_rule", "shadowing_record", "lesson");

    @Test
    void aBackupRestoresIntoAnEmptyDatabase() throws Exception {
        assumeTrue(TestDatabase.label().equals("postgresql"), "backups are pg_dump based");
        String url = System.getenv("FIRSTSHIFT_DB_URL");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String schema = url.replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1");
        String database = uri.getPath().substring(1);
        String user = System.getenv().getOrDefault("FIRSTSHIFT_DB_USER", "postgres");
        String copy = "firstshift_restore_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> pg = Map.of("PGHOST", uri.getHost(), "PGPORT", String.valueOf(uri.getPort()), "PGUSER", user);

        long[] before = counts(url);
        File dump = Path.of("target", copy + ".dump").toFile();
        run(pg, database, "server-config/backup.sh", dump.getPath(), schema);
        long[] after = counts(url);
        try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + copy);
        }
        try {
            run(pg, copy, "server-config/restore.sh", dump.getPath());
            String copyUrl = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/" + copy + "?currentSchema=" + schema;
            long[] restored = counts(copyUrl);
            for (int i = 0; i < TABLES.size(); i++) {
                String table = TABLES.get(i);
                long r = restored[i];
                int at = i;
                assertTrue(r >= before[at] && r <= after[at], () -> table + ": restored " + r + ", live " + before[at] + ".." + after[at]);
                assertTrue(r > 0 || table.equals("shadowing_record"), table + " is empty in the copy");
            }
            assertEquals(migrations(url), migrations(copyUrl), "the same migrations are recorded");
        } finally {
            try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)");
            }
        }
    }

    private static long[] counts(String url) throws SQLException {
        long[] n = new long[TABLES.size()];
        try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("FIRSTSHIFT_DB_USER", "postgres"), "")) {
            for (int i = 0; i < n.length; i++) {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + TABLES.get(i))) {
                    rs.next();
                    n[i] = rs.getLong(1);
                }
            }
        }
        return n;
    }

    private static long migrations(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("FIRSTSHIFT_DB_USER", "postgres"), "");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void run(Map<String, String> env, String database, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("PGDATABASE", database);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "took too long: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + output);
    }
}
