package dev.consultor.app;

import dev.consultor.server.shared.DatabaseProperties;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The database a server process keeps its data in, fresh for each test: a SQLite file in the data
 * directory, or a schema of its own in the PostgreSQL of CONSULTOR_TEST_DATABASE_URL. The test reads it
 * directly, as the schema owner, to see what a dead server left behind.
 */
final class ServerDatabase implements AutoCloseable {
    static final String POSTGRES_ENV = "CONSULTOR_TEST_DATABASE_URL";

    enum Kind {
        SQLITE,
        POSTGRESQL
    }

    private final Kind kind;
    private final Path dataDir;
    private final String ownerUrl;
    private final String baseUrl;
    private final String schema;

    private ServerDatabase(Kind kind, Path dataDir, String ownerUrl, String baseUrl, String schema) {
        this.kind = kind;
        this.dataDir = dataDir;
        this.ownerUrl = ownerUrl;
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    static ServerDatabase create(Kind kind, Path dataDir) {
        if (kind == Kind.SQLITE) {
            return new ServerDatabase(
                    kind,
                    dataDir,
                    "jdbc:sqlite:" + dataDir.resolve("consultor.db").toAbsolutePath(),
                    null,
                    null);
        }
        String base = new DatabaseProperties(System.getenv(POSTGRES_ENV), null, 0, null, null).jdbcUrl();
        String schema = "consultor_proc_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(base, "create schema " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new ServerDatabase(kind, dataDir, url, base, schema);
    }

    Kind kind() {
        return kind;
    }

    Path dataDir() {
        return dataDir;
    }

    /** What the server process is given to find this database. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CONSULTOR_DATA_DIR", dataDir.toAbsolutePath().toString());
        if (kind == Kind.POSTGRESQL) {
            env.put("CONSULTOR_DATABASE_URL", ownerUrl);
            String redis = System.getenv("CONSULTOR_TEST_REDIS_URL");
            if (redis != null && !redis.isBlank()) {
                env.put("CONSULTOR_REDIS_URL", redis);
            }
        }
        return env;
    }

    record Row(String status, Long startedAt, Long finishedAt) {}

    Optional<Row> execution(String id) {
        List<Row> rows = query(
                "select status, started_at, finished_at from executions where id = ?",
                id,
                r -> new Row(r.getString(1), millis(r, 2), millis(r, 3)));
        return rows.stream().findFirst();
    }

    List<String> checkpointedAdvisors(String id) {
        return query(
                "select advisor from execution_checkpoints where execution_id = ? order by advisor",
                id,
                r -> r.getString(1));
    }

    List<String> eventTypes(String id) {
        return query(
                "select type from execution_events where execution_id = ? order by sequence", id, r -> r.getString(1));
    }

    /** The job's row in db-scheduler's table: empty once it has run to its end. */
    Optional<Boolean> jobPicked(String id) {
        return query("select picked from scheduled_tasks where task_instance = ?", id, r -> r.getBoolean(1)).stream()
                .findFirst();
    }

    private static Long millis(java.sql.ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private interface Reader<T> {
        T read(java.sql.ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, String id, Reader<T> reader) {
        try (Connection c = DriverManager.getConnection(ownerUrl);
                var statement = c.prepareStatement(sql)) {
            statement.setString(1, id);
            List<T> rows = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the " + kind + " database: " + sql, e);
        }
    }

    @Override
    public void close() {
        if (schema != null) {
            execute(baseUrl, "drop schema if exists " + schema + " cascade");
        }
    }

    private static void execute(String jdbcUrl, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on the test database", e);
        }
    }

    @Override
    public String toString() {
        return kind == Kind.SQLITE ? "SQLite" : "PostgreSQL";
    }
}
