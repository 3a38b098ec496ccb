package dev.consultor.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each failure status answers with an RFC 9457 document of a stable type. */
public interface ProblemDocumentBehaviour extends Stack {
    @Test
    default void malformedJsonIs400() {
        assertProblem(api().post("/api/v1/auth/login", "{not json", null), 400, "bad-request");
    }

    @Test
    default void missingTokenIs401() {
        Response response = api().get("/api/v1/me", null);
        assertProblem(response, 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    default void aMemberReadingTheAuditLogIs403() {
        Api api = api();
        Account owner = api.register();
        Account member = dev.consultor.server.tenancy.TenancyBehaviour.invitedMember(api, owner, "member");
        assertProblem(api.get("/api/v1/audit-events", member.accessToken()), 403, "forbidden");
    }

    @Test
    default void unknownRouteIs404() {
        Account owner = api().register();
        assertProblem(api().get("/api/v1/no-such-thing", owner.accessToken()), 404, "not-found");
    }

    @Test
    default void wrongMethodIs405() {
        Account owner = api().register();
        Response response = api().delete("/api/v1/me", owner.accessToken());
        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    default void duplicateRegistrationIs409() {
        Api api = api();
        Account owner = api.register();
        Response again = api.post(
                "/api/v1/auth/register",
                Map.of(
                        "email",
                        owner.email().toUpperCase(),
                        "password",
                        "long enough secret",
                        "organization_name",
                        "Again"),
                null);
        assertProblem(again, 409, "conflict");
    }

    @Test
    default void bodiesOver256KbAre413WhetherDeclaredOrStreamed() {
        String big = "{\"email\":\"a@b.co\",\"password\":\"" + "x".repeat(300 * 1024) + "\"}";
        assertProblem(api().post("/api/v1/auth/login", big, null), 413, "payload-too-large");
        HttpRequest.BodyPublisher chunked =
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()));
        Response streamed =
                api().send("POST", "/api/v1/auth/login", chunked, null, Map.of("Content-Type", "application/json"));
        assertProblem(streamed, 413, "payload-too-large");
    }

    @Test
    default void wrongContentTypeIs415() {
        Response response =
                api().send("POST", "/api/v1/auth/login", "email=a", null, Map.of("Content-Type", "text/plain"));
        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    default void validationIs422AndListsEachInvalidField() {
        Response response = api().post(
                        "/api/v1/auth/register",
                        Map.of("email", "not-an-email", "password", "short", "organization_name", ""),
                        null);
        assertProblem(response, 422, "validation-failed");
        String errors = response.json().get("errors").toString();
        assertThat(errors).contains("\"email\"", "\"password\"", "\"organization_name\"");
    }

    @Test
    default void queryParametersAreValidatedToo() {
        Account owner = api().register();
        Response outOfRange = api().get("/api/v1/audit-events?limit=0", owner.accessToken());
        assertProblem(outOfRange, 422, "validation-failed");
        assertThat(outOfRange.json().get("errors").toString()).contains("\"limit\"");
        assertProblem(api().get("/api/v1/audit-events?limit=many", owner.accessToken()), 400, "bad-request");
    }

    @Test
    default void throttledLoginIs429WithRetryAfter() {
        Api attacker = api();
        Account owner = api().register();
        Response last = null;
        for (int i = 0; i < 7; i++) {
            last = attacker.login(owner.email(), "guess " + i);
        }
        assertProblem(last, 429, "too-many-requests");
        assertThat(last.header("Retry-After")).isNotNull();
    }

    static void assertProblem(Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo(ProblemType.BASE + slug);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("request_id").asString()).isEqualTo(response.header("X-Request-Id"));
        // Built by the handler itself, not by the container's fallback error page.
        if (response.json().has("instance")) {
            assertThat(response.json().get("instance").asString()).isNotEqualTo("/error");
        }
    }
}
