package dev.consultor.server.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two connection sources: migrations run as the schema owner; the application runs as the
 * non-owner role {@value #APP_ROLE} on PostgreSQL, so row-level security applies to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class PersistenceConfiguration {
    static final String APP_ROLE = "consultor_app";

    @Bean
    @Primary
    DataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("consultor");
        config.setJdbcUrl(prepare(properties).applicationJdbcUrl());
        if (properties.postgres()) {
            config.setMaximumPoolSize(properties.poolSize());
            if (properties.appUser().isEmpty()) {
                config.setConnectionInitSql("set role " + APP_ROLE);
            } else {
                config.setUsername(properties.appUser());
                config.setPassword(properties.appPassword());
            }
        } else {
            // SQLite allows one writer; one connection turns lock errors into orderly waiting.
            config.setMaximumPoolSize(1);
        }
        // Started lazily: on PostgreSQL the role it assumes exists only once migrations have run.
        HikariDataSource source = new HikariDataSource();
        config.copyStateTo(source);
        return source;
    }

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(DatabaseProperties properties) throws ClassNotFoundException {
        String url = prepare(properties).jdbcUrl();
        String driver = properties.postgres() ? "org.postgresql.Driver" : "org.sqlite.JDBC";
        @SuppressWarnings("unchecked")
        Class<java.sql.Driver> type = (Class<java.sql.Driver>) Class.forName(driver);
        SimpleDriverDataSource source = new SimpleDriverDataSource();
        source.setDriverClass(type);
        source.setUrl(url);
        return source;
    }

    @Bean
    FlywayConfigurationCustomizer vendorMigrations(DatabaseProperties properties) {
        return flyway -> flyway.locations(
                properties.postgres()
                        ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                        : new String[] {"classpath:db/migration"});
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, DatabaseProperties properties) {
        return new TenantTransactionManager(dataSource, properties.postgres());
    }

    private static DatabaseProperties prepare(DatabaseProperties properties) {
        if (!properties.postgres()) {
            try {
                Files.createDirectories(properties.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + properties.dataDir(), e);
            }
        }
        return properties;
    }
}
