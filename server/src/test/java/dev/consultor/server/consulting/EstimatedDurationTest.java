package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.SqliteStack;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The estimate a submit answers with follows the model's pace, before and after calls were seen. */
@TestPropertySource(properties = "consultor.consulting.offline-latency=500ms")
class EstimatedDurationTest extends SqliteStack {

    private long estimate(Api api, Account owner, String depth) {
        Response created = api.post(
                "/api/v1/executions",
                Map.of(
                        "problem_description",
                        ExecutionBehaviour.PROBLEM,
                        "business_type",
                        "SaaS",
                        "analysis_depth",
                        depth),
                owner.accessToken());
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("execution_id").asString();
        api.post("/api/v1/executions/" + id + "/cancel", null, owner.accessToken());
        return created.json().get("estimated_duration_seconds").asLong();
    }

    @Test
    void theEstimateIsTheCriticalPathAtTheObservedPaceOfTheModel() {
        Api api = api();
        Account owner = api.register();
        // Six calls one after another at the configured half second, plus the overhead.
        long standardBefore = estimate(api, owner, "standard");
        assertThat(standardBefore).isBetween(3L, 5L);

        Response created = api.post(
                "/api/v1/executions",
                Map.of(
                        "problem_description",
                        ExecutionBehaviour.PROBLEM,
                        "business_type",
                        "SaaS",
                        "analysis_depth",
                        "standard"),
                owner.accessToken());
        long estimated = created.json().get("estimated_duration_seconds").asLong();
        JsonNode detail = ExecutionBehaviour.awaitFinished(
                api, owner, created.json().get("execution_id").asString());
        assertThat(detail.get("status").asString()).isEqualTo("completed");
        Duration took = Duration.between(
                Instant.parse(detail.get("created_at").asString()),
                Instant.parse(detail.get("finished_at").asString()));
        assertThat(took.toMillis())
                .as("estimated %d s, took %s", estimated, took)
                .isBetween(estimated * 1000 / 2, estimated * 1000 * 2);

        // The calls seen now set the pace: still about half a second each.
        long quick = estimate(api, owner, "quick");
        long standard = estimate(api, owner, "standard");
        long deep = estimate(api, owner, "deep");
        assertThat(standard).isBetween(3L, 6L);
        assertThat(quick).isLessThan(standard);
        assertThat(standard).isLessThan(deep);
        assertThat(deep).isBetween(5L, 9L);
    }
}
