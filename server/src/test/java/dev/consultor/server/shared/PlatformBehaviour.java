package dev.consultor.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health, metrics exposure, headers, CORS and the API document. */
public interface PlatformBehaviour extends Stack {
    @Test
    default void livenessAndReadinessAreUpAndPublic() {
        Response liveness = api().get("/actuator/health/liveness", null);
        Response readiness = api().get("/actuator/health/readiness", null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("UP");
    }

    @Test
    default void readinessChecksTheDatabase() {
        var group = context()
                .getBean(org.springframework.boot.health.actuate.endpoint.HealthEndpoint.class)
                .healthForPath("readiness", "db");
        assertThat(group).isNotNull();
    }

    @Test
    default void prometheusIsNotPublicEvenToAUser() {
        Account owner = api().register();
        assertThat(api().get("/actuator/prometheus", null).status()).isIn(401, 403, 404);
        assertThat(api().get("/actuator/prometheus", owner.accessToken()).status())
                .isIn(403, 404);
        assertThat(api().get("/actuator/metrics", owner.accessToken()).status()).isIn(403, 404);
    }

    @Test
    default void everyAnswerCarriesTheSecurityHeaders() {
        Response response = api().get("/actuator/health/liveness", null);
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    default void corsIsClosedByDefault() {
        Response preflight = api().send(
                        "OPTIONS",
                        "/api/v1/auth/login",
                        null,
                        null,
                        Map.of("Origin", "https://elsewhere.example", "Access-Control-Request-Method", "POST"));
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        Response simple =
                api().send("GET", "/.well-known/jwks.json", null, null, Map.of("Origin", "https://elsewhere.example"));
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    default void openApiDocumentAndSwaggerUiAreServed() {
        Api api = api();
        Response doc = api.get("/v3/api-docs", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/v1/auth/login", "/api/v1/me", "/api/v1/audit-events");
        Response ui = api.get("/swagger-ui.html", null);
        assertThat(ui.status()).isIn(200, 302);
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    default void aCallerSuppliedRequestIdIsKeptAndEchoed() {
        Response response =
                api().send("GET", "/actuator/health/liveness", null, null, Map.of("X-Request-Id", "trace-12345678"));
        assertThat(response.header("X-Request-Id")).isEqualTo("trace-12345678");
    }
}
