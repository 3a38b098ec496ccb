package dev.consultor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stricter deployment: the application logs in as a role of its own (granted consultor_app),
 * never holding the owner's connection at all.
 */
@EnabledIfEnvironmentVariable(
        named = TestPostgres.ENV,
        matches = ".+",
        disabledReason = "CONSULTOR_TEST_DATABASE_URL is not set: the PostgreSQL suite is skipped")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresApplicationLoginTest {
    static final String LOGIN =
            "consultor_login_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String url = TestPostgres.url();
        try (Connection owner = TestPostgres.owner()) {
            owner.createStatement().execute("""
                    do $$ begin
                      if not exists (select 1 from pg_roles where rolname = 'consultor_app') then
                        create role consultor_app nologin;
                      end if;
                    exception when duplicate_object or unique_violation then null;
                    end $$""");
            owner.createStatement().execute("create role " + LOGIN + " login");
            owner.createStatement().execute("grant consultor_app to " + LOGIN);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection owner = TestPostgres.owner()) {
                owner.createStatement().execute("drop role if exists " + LOGIN);
            } catch (Exception ignored) {
                // The schema's own cleanup still runs; a leftover empty role is harmless.
            }
        }));
        String dataDir =
                java.nio.file.Files.createTempDirectory("consultor-login-test-").toString();
        registry.add("consultor.database.url", () -> url);
        registry.add("consultor.database.app-user", () -> LOGIN);
        registry.add("consultor.database.data-dir", () -> dataDir);
    }

    @Test
    void theApplicationRunsAsItsOwnLoginAndRowSecurityStillHolds() {
        Api api = new Api(port);
        Account owner = api.register();
        assertThat(api.get("/api/v1/me", owner.accessToken()).status()).isEqualTo(200);

        var who = jdbc.queryForMap(
                "select current_user as who, session_user as login, rolsuper, rolbypassrls from pg_roles where rolname = current_user");
        assertThat(who.get("login")).isEqualTo(LOGIN);
        assertThat(who.get("rolsuper")).isEqualTo(false);
        assertThat(who.get("rolbypassrls")).isEqualTo(false);
        assertThat(jdbc.queryForObject("select count(*) from users", Long.class))
                .isZero();
    }
}
