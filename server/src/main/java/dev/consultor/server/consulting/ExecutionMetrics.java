package dev.consultor.server.consulting;

import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.PriceTable;
import dev.consultor.engine.model.TokenUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The executions' meters, at {@code /actuator/prometheus}. Tags stay low-cardinality: depth, status,
 * the roster's advisor ids, the configured provider and model, token kind. Never a tenant, an
 * execution or anything a user wrote.
 *
 * <p>Fed by the runner (a run starts, reports progress, finishes), by {@link Executions} (submit,
 * cancel) and by the model port, which sees every call the engine makes, so tokens and cost are
 * counted by the model that actually answered. Advisor latencies also feed {@link ObservedLatencies},
 * which the duration estimate reads.
 */
@Component
class ExecutionMetrics {
    static final String SUBMITTED = "consultor.executions.submitted";
    static final String FINISHED = "consultor.executions.finished";
    static final String ACTIVE = "consultor.executions.active";
    static final String QUEUED = "consultor.executions.queued";
    static final String RUNNING = "consultor.executions.running";
    static final String OLDEST_AGE = "consultor.executions.oldest.age";
    static final String QUEUE_WAIT = "consultor.executions.queue.wait";
    static final String ADVISOR_LATENCY = "consultor.advisor.latency";
    static final String TOKENS = "consultor.llm.tokens";
    static final String COST = "consultor.llm.cost";

    private final MeterRegistry registry;
    private final Clock clock;
    private final ObservedLatencies latencies = new ObservedLatencies();
    /** Runs on this node, by execution id: the id is a key here, never a tag. */
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    /** The model that last answered each advisor, when the provider routes roles to different models. */
    private final Map<String, String> modelByRole = new ConcurrentHashMap<>();

    private volatile ModelInfo model = new ModelInfo("unknown", "unknown", "unknown", false);

    ExecutionMetrics(MeterRegistry registry, QueueProbe queue, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder(ACTIVE, runs, Map::size)
                .description("Executions running on this node")
                .register(registry);
        Gauge.builder(QUEUED, queue, q -> q.snapshot().queued())
                .description("Executions submitted and not yet picked by any node")
                .register(registry);
        Gauge.builder(RUNNING, queue, q -> q.snapshot().running())
                .description("Executions picked and running, on every node")
                .register(registry);
        Gauge.builder(
                        OLDEST_AGE,
                        queue,
                        q -> q.snapshot().ageSeconds(q.snapshot().oldestQueued(), clock.instant()))
                .description("How long the longest-waiting queued execution has waited")
                .tag("state", "queued")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder(
                        OLDEST_AGE,
                        queue,
                        q -> q.snapshot().ageSeconds(q.snapshot().oldestRunning(), clock.instant()))
                .description("Age of the oldest running execution's job, since it was due")
                .tag("state", "running")
                .baseUnit("seconds")
                .register(registry);
    }

    ObservedLatencies latencies() {
        return latencies;
    }

    /** The model the engine asks, wrapped so that every call's tokens and cost are counted. */
    LanguageModel metered(LanguageModel delegate, PriceTable prices) {
        this.model = delegate.info();
        return new Metered(delegate, prices);
    }

    void submitted(Depth depth) {
        Counter.builder(SUBMITTED)
                .description("Executions submitted")
                .tag("depth", tag(depth))
                .register(registry)
                .increment();
    }

    /** A run claimed its execution; the first claim ends the execution's wait in the queue. */
    void started(Execution execution, Instant at) {
        runs.put(execution.id(), new Run(execution.depth(), at));
        if (execution.startedAt() == null) {
            Timer.builder(QUEUE_WAIT)
                    .description("From submit to the first start of an execution")
                    .tag("depth", tag(execution.depth()))
                    .register(registry)
                    .record(
                            Duration.between(execution.createdAt(), at).isNegative()
                                    ? Duration.ZERO
                                    : Duration.between(execution.createdAt(), at));
        }
    }

    void on(String executionId, ProgressEvent event) {
        Run run = runs.get(executionId);
        switch (event) {
            case ProgressEvent.AdvisorStarted s -> {
                if (run != null) {
                    run.advisorStarts.put(s.advisor(), s.atMs());
                }
            }
            case ProgressEvent.AdvisorFinished f -> {
                if (f.usage().calls() == 0) {
                    return; // a report checkpointed by an earlier run: nothing was asked
                }
                String answeredBy = modelOf(f.advisor());
                advisorTimer(f.advisor(), answeredBy, "completed").record(Duration.ofMillis(f.durationMs()));
                latencies.call(
                        model.provider(),
                        answeredBy,
                        Duration.ofMillis(f.durationMs() / f.usage().calls()));
            }
            case ProgressEvent.AdvisorFailed f -> {
                Long startedAt = run == null ? null : run.advisorStarts.get(f.advisor());
                if (startedAt != null) {
                    advisorTimer(f.advisor(), modelOf(f.advisor()), "failed")
                            .record(Duration.ofMillis(Math.max(0, f.atMs() - startedAt)));
                }
            }
            default -> {}
        }
    }

    /** The runner recorded the execution's final status. */
    void finished(String executionId, ExecutionStatus status) {
        Run run = runs.remove(executionId);
        count(status, run == null ? "unknown" : tag(run.depth()));
        if (run != null) {
            latencies.run(Duration.between(run.startedAt(), clock.instant()));
        }
    }

    /** A user cancelled the execution before the runner finished it. */
    void cancelled(Depth depth) {
        count(ExecutionStatus.CANCELLED, tag(depth));
    }

    /** The run on this node ended, however it ended. */
    void ended(String executionId) {
        runs.remove(executionId);
    }

    private void count(ExecutionStatus status, String depth) {
        Counter.builder(FINISHED)
                .description("Executions that reached a final status")
                .tag("status", status.value())
                .tag("depth", depth)
                .register(registry)
                .increment();
    }

    private Timer advisorTimer(String advisor, String answeredBy, String outcome) {
        return Timer.builder(ADVISOR_LATENCY)
                .description("How long one advisor's analysis took, repairs included")
                .tag("advisor", advisor)
                .tag("provider", model.provider())
                .tag("model", answeredBy)
                .tag("outcome", outcome)
                .register(registry);
    }

    private String modelOf(String advisor) {
        return modelByRole.getOrDefault(advisor, model.model());
    }

    private void answered(ModelRequest request, Completion completion, PriceTable prices) {
        modelByRole.put(request.role(), completion.model());
        TokenUsage tokens = completion.usage();
        tokens(completion.model(), "input", tokens.inputTokens());
        tokens(completion.model(), "output", tokens.outputTokens());
        tokens(completion.model(), "cache_read", tokens.cacheReadTokens());
        tokens(completion.model(), "cache_write", tokens.cacheWriteTokens());
        Counter.builder(COST)
                .description("What the model calls cost, at the price table's rates")
                .baseUnit("usd")
                .tag("provider", model.provider())
                .tag("model", completion.model())
                .register(registry)
                .increment(prices.costUsd(completion.model(), tokens));
    }

    private void tokens(String answeredBy, String kind, long count) {
        Counter.builder(TOKENS)
                .description("Tokens the model calls used")
                .tag("provider", model.provider())
                .tag("model", answeredBy)
                .tag("kind", kind)
                .register(registry)
                .increment(count);
    }

    private static String tag(Depth depth) {
        return depth.name().toLowerCase(Locale.ROOT);
    }

    private record Run(Depth depth, Instant startedAt, Map<String, Long> advisorStarts) {
        Run(Depth depth, Instant startedAt) {
            this(depth, startedAt, new ConcurrentHashMap<>());
        }
    }

    /** The engine's model with every answer counted; failures cost nothing the provider reported. */
    private final class Metered implements LanguageModel {
        private final LanguageModel delegate;
        private final PriceTable prices;

        Metered(LanguageModel delegate, PriceTable prices) {
            this.delegate = delegate;
            this.prices = prices;
        }

        @Override
        public ModelInfo info() {
            return delegate.info();
        }

        @Override
        public Completion complete(ModelRequest request) throws InterruptedException {
            Completion completion = delegate.complete(request);
            answered(request, completion, prices);
            return completion;
        }

        @Override
        public Completion complete(ModelRequest request, Consumer<String> onDelta) throws InterruptedException {
            Completion completion = delegate.complete(request, onDelta);
            answered(request, completion, prices);
            return completion;
        }
    }
}
