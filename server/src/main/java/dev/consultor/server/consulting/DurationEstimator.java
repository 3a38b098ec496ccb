package dev.consultor.server.consulting;

import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.deliberation.DeliberationSettings;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.playbook.PlaybookModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How long an execution will take from submit: the model calls on its critical path, one after
 * another, times what one call takes, plus the wait for a worker when the queue is full.
 *
 * <p>The critical path: the roster's longest dependency chain (advisors on it wait for each other,
 * the rest run alongside), then the deliberation the depth allows, where each stage asks its
 * advisors at once, so it costs one call's time: the board's vote (standard and deep), the peer
 * review (deep, with three or more reviewers), the model's conflict pass (deep, generative models
 * only), and debate rounds paid from what the depth's call bound leaves. A round asks every advisor
 * of one conflict, usually two or three, so the rest of the bound buys about one round per three
 * calls. For the default board this is 4 calls quick, 6 standard and 10 deep, which is what runs
 * of the offline model measure.
 *
 * <p>One call's time is the median this node has seen for the configured model; before any, the
 * offline model's configured latency, or {@link #HOSTED_PRIOR} for a hosted provider.
 */
@Component
class DurationEstimator {
    /** Writing checkpoints and events, building the artifacts: small next to the model calls. */
    static final Duration OVERHEAD = Duration.ofSeconds(1);
    /** A hosted model writing one structured report of up to a few thousand tokens, before any is seen. */
    static final Duration HOSTED_PRIOR = Duration.ofSeconds(20);

    private static final Map<String, Duration> PRIORS =
            Map.of("anthropic", Duration.ofSeconds(20), "openai", Duration.ofSeconds(20));
    private static final int DEBATERS_PER_ROUND = 3;

    private final Roster roster;
    private final DeliberationSettings deliberation;
    private final ModelInfo model;
    private final Duration offlineLatency;
    private final int workers;
    private final ObservedLatencies observed;
    private final Supplier<QueueProbe.Snapshot> queue;

    @Autowired
    DurationEstimator(
            ConsultationEngine engine, ConsultingProperties properties, ExecutionMetrics metrics, QueueProbe queue) {
        this(
                engine.roster(),
                engine.deliberation(),
                engine.model().info(),
                properties.offlineLatency(),
                properties.workers(),
                metrics.latencies(),
                queue::snapshot);
    }

    DurationEstimator(
            Roster roster,
            DeliberationSettings deliberation,
            ModelInfo model,
            Duration offlineLatency,
            int workers,
            ObservedLatencies observed,
            Supplier<QueueProbe.Snapshot> queue) {
        this.roster = roster;
        this.deliberation = deliberation;
        this.model = model;
        this.offlineLatency = offlineLatency;
        this.workers = workers;
        this.observed = observed;
        this.queue = queue;
    }

    /** Whole seconds, at least one, for an execution of this depth submitted at {@code submittedAt}. */
    long seconds(Depth depth, Instant submittedAt) {
        Duration total = run(depth).plus(queueWait(submittedAt));
        return Math.max(1, (total.toMillis() + 999) / 1000);
    }

    /** From the start of a run to its end. */
    Duration run(Depth depth) {
        return perCall().multipliedBy(sequentialCalls(depth)).plus(OVERHEAD);
    }

    /** Model calls of this depth that happen one after another. */
    int sequentialCalls(Depth depth) {
        int calls = roster.criticalPath().size();
        if (depth == Depth.QUICK) {
            return calls; // conflicts are settled by the chair's rule: no debate, no meeting
        }
        int left = Math.max(0, deliberation.callBound(depth, roster.size()) - roster.size());
        int vote = roster.size();
        if (vote <= left) {
            calls++;
            left -= vote;
        }
        if (depth == Depth.DEEP) {
            int reviewers = roster.size() - (roster.byBoardRole(BoardRole.CHAIR).isPresent() ? 1 : 0);
            if (reviewers >= 3 && reviewers <= left) {
                calls++;
                left -= reviewers;
            }
            if (model.generative() && deliberation.modelAssistedConflicts() && left >= 1) {
                calls++;
                left--;
            }
        }
        return calls + (left + DEBATERS_PER_ROUND - 1) / DEBATERS_PER_ROUND;
    }

    /** The median call seen for the configured model, else the prior. */
    Duration perCall() {
        return observed.perCall(model.provider(), model.model()).orElseGet(this::prior);
    }

    private Duration prior() {
        if (model.provider().equals(PlaybookModel.PROVIDER)) {
            return offlineLatency;
        }
        return PRIORS.getOrDefault(model.provider(), HOSTED_PRIOR);
    }

    /**
     * The wait for a worker: every node runs {@code workers} executions at once (nodes are assumed
     * alike; those running a job are counted). Executions in flight beyond that capacity come
     * before this one, in waves of the capacity, each about as long as runs have lately taken.
     */
    Duration queueWait(Instant submittedAt) {
        QueueProbe.Snapshot snapshot = queue.get();
        // A count read after the submit already holds the execution itself.
        int ahead = snapshot.queued() + snapshot.running() - (snapshot.takenAt().isBefore(submittedAt) ? 0 : 1);
        int capacity = workers * Math.max(1, snapshot.busyNodes());
        if (ahead < capacity) {
            return Duration.ZERO;
        }
        int waves = (ahead - capacity) / capacity + 1;
        Duration typical = observed.typicalRun().orElseGet(() -> run(Depth.STANDARD));
        return typical.multipliedBy(waves);
    }
}
