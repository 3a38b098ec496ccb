package dev.consultor.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server as it runs with no configuration: a SQLite file in a fresh data directory. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestProperties.COMMON, TestProperties.MODEL_LATENCY, TestProperties.ACCESS_STATE_TTL})
public abstract class SqliteStack implements Stack {
    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("consultor-test-");
        registry.add("consultor.database.url", () -> "");
        registry.add("consultor.database.data-dir", dir::toString);
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
        return false;
    }
}
