package dev.consultor.server.shared;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where data lives: PostgreSQL when {@code url} is set (CONSULTOR_DATABASE_URL), otherwise a
 * SQLite file in {@code dataDir} (CONSULTOR_DATA_DIR). On PostgreSQL the URL's user owns the
 * schema and runs migrations; the application either logs in as {@code appUser} (a login that
 * has been granted {@code consultor_app}) or, when none is given, assumes {@code consultor_app}
 * with {@code set role} on the owner's connections.
 */
@Validated
@ConfigurationProperties("consultor.database")
public record DatabaseProperties(
        String url, @NotNull Path dataDir, @Min(1) int poolSize, String appUser, String appPassword) {
    public DatabaseProperties {
        url = url == null ? "" : url.strip();
        appUser = appUser == null ? "" : appUser.strip();
        appPassword = appPassword == null ? "" : appPassword;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        poolSize = poolSize <= 0 ? 10 : poolSize;
    }

    public boolean postgres() {
        return !url.isEmpty();
    }

    /** The URL the application logs in with: the owner's credentials removed when it has its own. */
    public String applicationJdbcUrl() {
        String jdbc = jdbcUrl();
        if (!postgres() || appUser.isEmpty()) {
            return jdbc;
        }
        int query = jdbc.indexOf('?');
        if (query < 0) {
            return jdbc;
        }
        String kept = Arrays.stream(jdbc.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? jdbc.substring(0, query) : jdbc.substring(0, query + 1) + kept;
    }

    /** Accepts both the JDBC form and the libpq form (postgresql://user:pass@host/db). */
    public String jdbcUrl() {
        if (!postgres()) {
            return "jdbc:sqlite:" + dataDir.resolve("consultor.db").toAbsolutePath()
                    + "?foreign_keys=true&journal_mode=WAL&busy_timeout=10000&synchronous=NORMAL";
        }
        if (url.startsWith("jdbc:")) {
            return url;
        }
        return PostgresUrls.toJdbc(url);
    }
}
