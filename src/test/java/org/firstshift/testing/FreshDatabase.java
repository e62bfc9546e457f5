package org.firstshift.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Before a test run starts the server, gives it an empty database: drops and re-creates the
 * PostgreSQL schema named in {@code FIRSTSHIFT_DB_URL} ({@code currentSchema=...}), or deletes the
 * H2 file folder. Runs once per JUnit launcher session, so once per database run.
 */
public class FreshDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getenv("FIRSTSHIFT_DB_URL");
        if (url == null) {
            return;
        }
        try {
            if (url.startsWith("jdbc:postgresql:")) {
                resetPostgres(url);
            } else if (url.startsWith("jdbc:h2:file:")) {
                deleteH2(url);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot prepare an empty test database at " + url + ": " + e.getMessage(), e);
        }
    }

    private static void resetPostgres(String url) throws SQLException {
        String schema = TestDatabase.schemaOf(url);
        try (Connection c = DriverManager.getConnection(url.replaceAll("[?&]currentSchema=[^&]*", ""),
                System.getenv().getOrDefault("FIRSTSHIFT_DB_USER", "postgres"),
                System.getenv().getOrDefault("FIRSTSHIFT_DB_PASSWORD", ""));
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    private static void deleteH2(String url) throws IOException {
        Path file = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]);
        Path folder = file.getParent();
        if (folder != null && Files.isDirectory(folder) && folder.toString().contains("target")) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
