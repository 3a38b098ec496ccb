package dev.consultor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes behind one load balancer, sharing PostgreSQL and Redis. Each keeps what the database
 * said about a token for a minute here, far longer than the default: only the eviction message
 * through Redis can make a change on one node visible on the other in time.
 */
@EnabledIfEnvironmentVariable(
        named = TestPostgres.ENV,
        matches = ".+",
        disabledReason = "CONSULTOR_TEST_DATABASE_URL is not set: the PostgreSQL suite is skipped")
@EnabledIfEnvironmentVariable(
        named = "CONSULTOR_TEST_REDIS_URL",
        matches = ".+",
        disabledReason = "CONSULTOR_TEST_REDIS_URL is not set: the multi-node test needs Redis")
class MultiNodeRevocationTest {
    private static final Duration PROPAGATION = Duration.ofSeconds(5);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String dataDir = Files.createTempDirectory("consultor-nodes-").toString();
        String[] args = {
            "--server.port=0",
            "--consultor.database.url=" + TestPostgres.url(),
            "--consultor.database.data-dir=" + dataDir,
            "--consultor.identity.redis-url=" + System.getenv("CONSULTOR_TEST_REDIS_URL"),
            "--consultor.identity.access-state-ttl=60s",
            "--logging.structured.format.console="
        };
        first = ConsultorServer.start(args);
        second = ConsultorServer.start(args);
    }

    @AfterAll
    static void stop() {
        if (second != null) second.close();
        if (first != null) first.close();
    }

    private static Api node(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void aLogoutOnOneNodeIsHonouredByTheOtherWithinSeconds() {
        Account owner = node(first).register();
        assertThat(node(second).get("/api/v1/me", owner.accessToken()).status()).isEqualTo(200);

        assertThat(node(first)
                        .post("/api/v1/auth/logout", null, owner.accessToken())
                        .status())
                .isEqualTo(204);

        assertThat(eventually(() ->
                        node(second).get("/api/v1/me", owner.accessToken()).status()))
                .isEqualTo(401);
    }

    @Test
    void aProfileChangeOnOneNodeShowsOnTheOther() {
        Account owner = node(first).register();
        assertThat(node(second).get("/api/v1/me", owner.accessToken()).status()).isEqualTo(200);

        assertThat(node(first)
                        .put("/api/v1/me", Map.of("name", "Renamed"), owner.accessToken())
                        .status())
                .isEqualTo(200);

        assertThat(eventually(() -> node(second)
                        .get("/api/v1/me", owner.accessToken())
                        .json()
                        .get("name")
                        .asString()))
                .isEqualTo("Renamed");
    }

    /** The last value seen once it stopped being the first one, or when the time is up. */
    private static <T> T eventually(Supplier<T> read) {
        T initial = read.get();
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        T value = initial;
        while (value.equals(initial) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        return value;
    }
}
