package dev.consultor.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A bug becomes a 500 problem with a correlation id, and nothing of its insides leaks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(UnexpectedErrorTest.Exploding.class)
class UnexpectedErrorTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("consultor-500-").toString();
        registry.add("consultor.database.url", () -> "");
        registry.add("consultor.database.data-dir", () -> dir);
    }

    @Test
    void anUnexpectedExceptionIsA500ProblemWithoutStackTrace() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/explode"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(body.get("type").asString()).isEqualTo(ProblemType.BASE + "internal-error");
        assertThat(body.get("request_id").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.body()).doesNotContain("secret detail", "Exploding", "at dev.", "IllegalState");
    }

    @TestConfiguration
    static class Exploding {
        @Bean
        @org.springframework.core.annotation.Order(0)
        SecurityFilterChain explodingRoute(HttpSecurity http) throws Exception {
            return http.securityMatcher("/test/**")
                    .authorizeHttpRequests(r -> r.anyRequest().permitAll())
                    .build();
        }

        @Bean
        ExplodingController explodingController() {
            return new ExplodingController();
        }
    }

    @RestController
    static class ExplodingController {
        @GetMapping("/test/explode")
        String explode() {
            throw new IllegalStateException("secret detail");
        }
    }
}
