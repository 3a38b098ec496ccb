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
    static final Duration LATENCY = Duration.ofMillis(500);

    private Response submit(Api api, Account owner, String depth) {
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
        return created;
    }

    /** Submits, reads the estimate, and cancels before the run could be observed. */
    private long estimate(Api api, Account owner, String depth) {
        Response created = submit(api, owner, depth);
        String id = created.json().get("execution_id").asString();
        api.post("/api/v1/executions/" + id + "/cancel", null, owner.accessToken());
        ExecutionBehaviour.awaitFinished(api, owner, id);
        return created.json().get("estimated_duration_seconds").asLong();
    }

    private Duration observedPerCall() {
        return context()
                .getBean(ExecutionMetrics.class)
                .latencies()
                .perCall("offline", "offline-playbook")
                .orElseThrow();
    }

    private static long seconds(int calls, Duration perCall) {
        return (perCall.multipliedBy(calls).plus(DurationEstimator.OVERHEAD).toMillis() + 999) / 1000;
    }

    @Test
    void theEstimateIsTheCriticalPathAtTheObservedPaceOfTheModel() {
        Api api = api();
        Account owner = api.register();
        // Nothing seen yet: six calls one after another at the configured half second, plus the overhead.
        assertThat(estimate(api, owner, "standard")).isEqualTo(seconds(6, LATENCY));

        Response created = submit(api, owner, "standard");
        JsonNode detail = ExecutionBehaviour.awaitFinished(
                api, owner, created.json().get("execution_id").asString());
        assertThat(detail.get("status").asString()).isEqualTo("completed");
        Duration took = Duration.between(
                Instant.parse(detail.get("started_at").asString()),
                Instant.parse(detail.get("finished_at").asString()));
        assertThat(took).as("the six calls are sequential").isGreaterThanOrEqualTo(LATENCY.multipliedBy(6));

        // What the run's advisors took now sets the pace: at least the configured half second a call.
        Duration seen = observedPerCall();
        assertThat(seen).isBetween(LATENCY, LATENCY.multipliedBy(10));
        long quick = estimate(api, owner, "quick");
        long standard = estimate(api, owner, "standard");
        long deep = estimate(api, owner, "deep");
        Duration now = observedPerCall();
        Duration low = seen.compareTo(now) < 0 ? seen : now;
        Duration high = seen.compareTo(now) < 0 ? now : seen;
        assertThat(standard).isBetween(seconds(6, low), seconds(6, high));
        assertThat(deep).isBetween(seconds(10, low), seconds(10, high));
        assertThat(quick).isLessThan(standard);
        assertThat(standard).isLessThan(deep);
    }
}
