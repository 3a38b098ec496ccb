package dev.consultor.server;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production shape: PostgreSQL with row-level security, Redis for login throttling. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestProperties.COMMON, TestProperties.MODEL_LATENCY, TestProperties.ACCESS_STATE_TTL})
public abstract class PostgresStack implements Stack {
    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        registry.add("consultor.database.url", TestPostgres::url);
        String dataDir =
                java.nio.file.Files.createTempDirectory("consultor-pg-test-").toString();
        registry.add("consultor.database.data-dir", () -> dataDir);
        String redis = System.getenv("CONSULTOR_TEST_REDIS_URL");
        registry.add("consultor.identity.redis-url", () -> redis == null ? "" : redis);
    }

    @Override
    public Api api() {
        return new Api(port);
    }

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Override
    public boolean postgres() {
        return true;
    }
}
