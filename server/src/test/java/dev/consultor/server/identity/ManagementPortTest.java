package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Prometheus can be scraped on the separate management port, and on it only. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "management.server.address=127.0.0.1"})
class ManagementPortTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("consultor-management-").toString();
        registry.add("consultor.database.url", () -> "");
        registry.add("consultor.database.data-dir", () -> dir);
    }

    @Test
    void prometheusAnswersOnTheManagementPort() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("consultor_executions_queued", "jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode())
                .isEqualTo(200);
    }

    @Test
    void thePublicPortStillRefusesMetrics() throws Exception {
        assertThat(port).isNotEqualTo(managementPort);
        HttpResponse<String> scrape = get(port, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isIn(401, 403, 404);
        assertThat(scrape.body()).doesNotContain("jvm_memory_used_bytes");
        assertThat(get(port, "/api/v1/me").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(int target, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
