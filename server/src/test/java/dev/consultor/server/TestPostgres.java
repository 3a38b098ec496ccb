package dev.consultor.server;

import dev.consultor.server.shared.DatabaseProperties;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One schema per test JVM in the database of CONSULTOR_TEST_DATABASE_URL, so concurrent runs
 * never meet; dropped when the JVM exits.
 */
public final class TestPostgres {
    public static final String ENV = "CONSULTOR_TEST_DATABASE_URL";
    private static String url;

    private TestPostgres() {}

    public static synchronized String url() {
        if (url == null) {
            // Either form is accepted, as for CONSULTOR_DATABASE_URL.
            String base = new DatabaseProperties(System.getenv(ENV), null, 0, null, null).jdbcUrl();
            String schema = "consultor_test_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute(base, "create schema " + schema);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> execute(base, "drop schema if exists " + schema + " cascade")));
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        return url;
    }

    /** A connection as the schema owner (the test user), for what the application may not do. */
    public static Connection owner() throws SQLException {
        return DriverManager.getConnection(url());
    }

    private static void execute(String jdbcUrl, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on the test database", e);
        }
    }
}
