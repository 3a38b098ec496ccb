package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.Usage;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.PriceTable;
import dev.consultor.engine.model.RefineIntent;
import dev.consultor.engine.model.ResponseSchema;
import dev.consultor.engine.model.TokenUsage;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExecutionMetricsTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final TokenUsage TOKENS = new TokenUsage(1_000, 500, 200, 100);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ExecutionMetrics metrics = new ExecutionMetrics(registry, new QueueProbe(null, clock), clock);

    /** Answers the chair with a stronger model than the specialists, as per-role routing does. */
    record Routed(ModelInfo info) implements LanguageModel {
        @Override
        public Completion complete(ModelRequest request) {
            String model = request.role().equals("reviewer") ? "claude-sonnet-4-5" : "claude-haiku-4-5";
            return new Completion("{}", TOKENS, Duration.ofMillis(10), model);
        }
    }

    static ModelRequest request(String role) {
        Brief brief = Brief.of(
                "Our sales fell 20% in three months, why?",
                BusinessType.parse("SaaS"), Depth.STANDARD, LocalDate.now());
        return new ModelRequest(
                role,
                "analysis",
                "system",
                List.of(),
                new ResponseSchema("answer", "{}"),
                100,
                new RefineIntent(brief, "why?", List.of(), List.of()));
    }

    static Execution execution(String id, Depth depth, Instant createdAt, Instant startedAt) {
        return new Execution(
                id,
                "tenant-1",
                "user-1",
                "problem",
                BusinessType.parse("SaaS"),
                depth,
                null,
                ExecutionStatus.QUEUED,
                null,
                List.of(),
                createdAt,
                startedAt,
                null);
    }

    private double counter(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void everyAnswerCountsItsTokensByKindAndItsCostByTheModelThatAnswered() throws Exception {
        var hosted = new ModelInfo("anthropic", "claude-haiku-4-5", "Claude", true);
        PriceTable prices = PriceTable.defaults();
        LanguageModel model = metrics.metered(new Routed(hosted), prices);

        model.complete(request("analyst"));
        model.complete(request("reviewer"), text -> {});

        assertThat(model.info()).isEqualTo(hosted);
        for (String answered : List.of("claude-haiku-4-5", "claude-sonnet-4-5")) {
            String[] tags = {"provider", "anthropic", "model", answered};
            assertThat(counter(ExecutionMetrics.TOKENS, append(tags, "kind", "input")))
                    .isEqualTo(1_000);
            assertThat(counter(ExecutionMetrics.TOKENS, append(tags, "kind", "output")))
                    .isEqualTo(500);
            assertThat(counter(ExecutionMetrics.TOKENS, append(tags, "kind", "cache_read")))
                    .isEqualTo(200);
            assertThat(counter(ExecutionMetrics.TOKENS, append(tags, "kind", "cache_write")))
                    .isEqualTo(100);
            assertThat(counter(ExecutionMetrics.COST, tags)).isPositive().isEqualTo(prices.costUsd(answered, TOKENS));
        }
        assertThat(counter(ExecutionMetrics.COST, "model", "claude-sonnet-4-5"))
                .isGreaterThan(counter(ExecutionMetrics.COST, "model", "claude-haiku-4-5"));
    }

    @Test
    void advisorsAreTimedByOutcomeAndTheModelThatAnsweredThem() throws Exception {
        var hosted = new ModelInfo("anthropic", "claude-haiku-4-5", "Claude", true);
        LanguageModel model = metrics.metered(new Routed(hosted), PriceTable.defaults());
        model.complete(request("reviewer"));
        metrics.started(execution("e1", Depth.DEEP, NOW.minusSeconds(3), null), NOW);

        Usage twoCalls = new Usage(2, TOKENS, 0.01, 4_000);
        metrics.on("e1", new ProgressEvent.AdvisorStarted("analyst", 0));
        metrics.on("e1", new ProgressEvent.AdvisorFinished("analyst", 4_000, 4_000, twoCalls));
        metrics.on("e1", new ProgressEvent.AdvisorStarted("reviewer", 4_000));
        metrics.on("e1", new ProgressEvent.AdvisorFinished("reviewer", 7_000, 3_000, new Usage(1, TOKENS, 0, 3_000)));
        metrics.on("e1", new ProgressEvent.AdvisorStarted("market", 1_000));
        metrics.on("e1", new ProgressEvent.AdvisorFailed("market", 2_500, "timeout", "timeout"));
        // reused from a checkpoint: nothing was asked, nothing is timed
        metrics.on("e1", new ProgressEvent.AdvisorFinished("financial", 4_000, 0, Usage.NONE));

        Timer analyst = registry.find(ExecutionMetrics.ADVISOR_LATENCY)
                .tags(
                        "advisor",
                        "analyst",
                        "provider",
                        "anthropic",
                        "model",
                        "claude-haiku-4-5",
                        "outcome",
                        "completed")
                .timer();
        assertThat(analyst.count()).isEqualTo(1);
        assertThat(analyst.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(4_000);
        Timer reviewer = registry.find(ExecutionMetrics.ADVISOR_LATENCY)
                .tags("advisor", "reviewer", "model", "claude-sonnet-4-5")
                .timer();
        assertThat(reviewer.count()).isEqualTo(1);
        Timer market = registry.find(ExecutionMetrics.ADVISOR_LATENCY)
                .tags("advisor", "market", "outcome", "failed")
                .timer();
        assertThat(market.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1_500);
        assertThat(registry.find(ExecutionMetrics.ADVISOR_LATENCY)
                        .tags("advisor", "financial")
                        .timer())
                .isNull();
        // per call: the analyst's two calls took 2 s each
        assertThat(metrics.latencies().perCall("anthropic", "claude-haiku-4-5")).contains(Duration.ofSeconds(2));
        Timer wait =
                registry.find(ExecutionMetrics.QUEUE_WAIT).tags("depth", "deep").timer();
        assertThat(wait.totalTime(TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void finishedExecutionsAreCountedByStatusAndDepthOnce() {
        metrics.submitted(Depth.QUICK);
        metrics.started(execution("e1", Depth.QUICK, NOW.minusSeconds(1), null), NOW.minusSeconds(5));
        assertThat(registry.get(ExecutionMetrics.ACTIVE).gauge().value()).isEqualTo(1);
        metrics.finished("e1", ExecutionStatus.DEGRADED);
        metrics.ended("e1");
        // a resumed run does not wait in the queue again
        metrics.started(execution("e2", Depth.STANDARD, NOW.minusSeconds(60), NOW.minusSeconds(30)), NOW);
        metrics.ended("e2");
        metrics.cancelled(Depth.DEEP);
        metrics.finished("gone", ExecutionStatus.FAILED);

        assertThat(counter(ExecutionMetrics.SUBMITTED, "depth", "quick")).isEqualTo(1);
        assertThat(counter(ExecutionMetrics.FINISHED, "status", "degraded", "depth", "quick"))
                .isEqualTo(1);
        assertThat(counter(ExecutionMetrics.FINISHED, "status", "cancelled", "depth", "deep"))
                .isEqualTo(1);
        assertThat(counter(ExecutionMetrics.FINISHED, "status", "failed", "depth", "unknown"))
                .isEqualTo(1);
        assertThat(registry.find(ExecutionMetrics.FINISHED).counters()).hasSize(3);
        assertThat(registry.find(ExecutionMetrics.QUEUE_WAIT)
                        .tags("depth", "standard")
                        .timer())
                .isNull();
        assertThat(registry.get(ExecutionMetrics.ACTIVE).gauge().value()).isZero();
        assertThat(metrics.latencies().typicalRun()).contains(Duration.ofSeconds(5));
    }

    private static String[] append(String[] tags, String key, String value) {
        String[] all = java.util.Arrays.copyOf(tags, tags.length + 2);
        all[tags.length] = key;
        all[tags.length + 1] = value;
        return all;
    }
}
