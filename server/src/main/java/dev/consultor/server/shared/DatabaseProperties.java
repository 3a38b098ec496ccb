package dev.consultor.server.shared;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where data lives: PostgreSQL when {@code url} is set (CONSULTOR_DATABASE_URL), otherwise a
 * SQLite file in {@code dataDir} (CONSULTOR_DATA_DIR).
 */
@Validated
@ConfigurationProperties("consultor.database")
public record DatabaseProperties(
        String url, @NotNull Path dataDir, @Min(1) int poolSize) {
    public DatabaseProperties {
        url = url == null ? "" : url.strip();
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        poolSize = poolSize <= 0 ? 10 : poolSize;
    }

    public boolean postgres() {
        return !url.isEmpty();
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
