package org.firstshift.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A direct JDBC connection to the database the server under test uses, for tests that must look
 * behind the application (tamper with a row, check that nothing was written). H2 runs with
 * AUTO_SERVER so a second process can open it.
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static String label() {
        return System.getenv().getOrDefault("FIRSTSHIFT_DB_LABEL", "h2");
    }

    public static Connection connect() throws SQLException {
        String url = System.getenv("FIRSTSHIFT_DB_URL");
        if (url == null) {
            throw new IllegalStateException("FIRSTSHIFT_DB_URL is not set: run integration tests through mvn verify");
        }
        return DriverManager.getConnection(url, System.getenv().getOrDefault("FIRSTSHIFT_DB_USER", "sa"),
                System.getenv().getOrDefault("FIRSTSHIFT_DB_PASSWORD", ""));
    }

    static String schemaOf(String url) {
        var m = java.util.regex.Pattern.compile("currentSchema=([A-Za-z0-9_]+)").matcher(url);
        return m.find() ? m.group(1) : "public";
    }

    /** A single number from a query, e.g. a count. */
    public static long count(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A change behind the application's back, for what a black-box test cannot wait for (time
     * passing, e.g. a token expiring). Returns the number of rows changed.
     */
    public static int update(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
