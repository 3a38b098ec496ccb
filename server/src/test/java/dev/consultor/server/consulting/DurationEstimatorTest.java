package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.deliberation.DeliberationSettings;
import dev.consultor.engine.model.ModelInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DurationEstimatorTest {
    static final ModelInfo OFFLINE = new ModelInfo("offline", "offline-playbook", "offline", false);
    static final ModelInfo HOSTED = new ModelInfo("anthropic", "claude-haiku-4-5", "Claude", true);
    static final Instant SUBMITTED = Instant.parse("2026-03-02T10:00:00Z");

    private final ObservedLatencies observed = new ObservedLatencies();
    private final AtomicReference<QueueProbe.Snapshot> queue =
            new AtomicReference<>(QueueProbe.Snapshot.empty(SUBMITTED.minusSeconds(1)));

    private DurationEstimator estimator(ModelInfo model, Duration offlineLatency, int workers) {
        return new DurationEstimator(
                Roster.defaults(),
                DeliberationSettings.defaults(),
                model,
                offlineLatency,
                workers,
                observed,
                queue::get);
    }

    private void observe(ModelInfo model, Duration perCall, int times) {
        for (int i = 0; i < times; i++) {
            observed.call(model.provider(), model.model(), perCall);
        }
    }

    @Test
    void theCriticalPathIsTheLongestDependencyChainAndOneStepPerDeliberationStage() {
        DurationEstimator offline = estimator(OFFLINE, Duration.ZERO, 8);
        // analyst -> commercial -> financial -> reviewer; market runs beside commercial
        assertThat(offline.sequentialCalls(Depth.QUICK)).isEqualTo(4);
        // + the vote, + one debate round from what the bound of 12 leaves
        assertThat(offline.sequentialCalls(Depth.STANDARD)).isEqualTo(6);
        // + the vote, the peer review and four debate rounds from the bound of 24
        assertThat(offline.sequentialCalls(Depth.DEEP)).isEqualTo(10);
        // a generative model adds the conflict pass, paid from the debate's share
        assertThat(estimator(HOSTED, Duration.ZERO, 8).sequentialCalls(Depth.DEEP))
                .isEqualTo(10);
    }

    @Test
    void twoSecondsPerObservedCallMakeAStandardConsultationSixCallsLong() {
        observe(OFFLINE, Duration.ofSeconds(2), 10);
        DurationEstimator estimator = estimator(OFFLINE, Duration.ofMillis(100), 8);

        assertThat(estimator.perCall()).isEqualTo(Duration.ofSeconds(2));
        assertThat(estimator.run(Depth.STANDARD))
                .isEqualTo(Duration.ofSeconds(6 * 2).plus(DurationEstimator.OVERHEAD));
        assertThat(estimator.seconds(Depth.STANDARD, SUBMITTED)).isBetween(12L, 14L);
    }

    @Test
    void deeperConsultationsTakeLonger() {
        observe(OFFLINE, Duration.ofSeconds(2), 10);
        DurationEstimator estimator = estimator(OFFLINE, Duration.ZERO, 8);

        long quick = estimator.seconds(Depth.QUICK, SUBMITTED);
        long standard = estimator.seconds(Depth.STANDARD, SUBMITTED);
        long deep = estimator.seconds(Depth.DEEP, SUBMITTED);
        assertThat(quick).isLessThan(standard);
        assertThat(standard).isLessThan(deep);
    }

    @Test
    void beforeAnyCallIsSeenTheConfiguredLatencyOrTheProvidersPriorIsUsed() {
        assertThat(estimator(OFFLINE, Duration.ofMillis(500), 8).run(Depth.STANDARD))
                .isEqualTo(Duration.ofMillis(6 * 500).plus(DurationEstimator.OVERHEAD));
        assertThat(estimator(HOSTED, Duration.ofMillis(500), 8).perCall()).isEqualTo(Duration.ofSeconds(20));

        observe(HOSTED, Duration.ofSeconds(7), 3);
        assertThat(estimator(HOSTED, Duration.ofMillis(500), 8).perCall()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aFewSlowCallsDoNotDragTheEstimate() {
        observe(OFFLINE, Duration.ofSeconds(2), 9);
        observe(OFFLINE, Duration.ofSeconds(120), 2);

        assertThat(estimator(OFFLINE, Duration.ZERO, 8).perCall()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theWindowForgetsOldCalls() {
        observe(OFFLINE, Duration.ofSeconds(9), ObservedLatencies.WINDOW);
        observe(OFFLINE, Duration.ofSeconds(1), ObservedLatencies.WINDOW / 2 + 1);

        assertThat(estimator(OFFLINE, Duration.ZERO, 8).perCall()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void executionsAheadBeyondTheWorkersAddTheirRuns() {
        observe(OFFLINE, Duration.ofSeconds(2), 10);
        observed.run(Duration.ofSeconds(10));
        DurationEstimator estimator = estimator(OFFLINE, Duration.ZERO, 2);
        long alone = estimator.seconds(Depth.STANDARD, SUBMITTED);

        queue.set(new QueueProbe.Snapshot(0, 1, 1, null, SUBMITTED, SUBMITTED.minusSeconds(1)));
        assertThat(estimator.seconds(Depth.STANDARD, SUBMITTED))
                .as("a free worker")
                .isEqualTo(alone);

        queue.set(new QueueProbe.Snapshot(1, 2, 1, SUBMITTED, SUBMITTED, SUBMITTED.minusSeconds(1)));
        long oneWave = estimator.seconds(Depth.STANDARD, SUBMITTED);
        assertThat(oneWave).isEqualTo(alone + 10);

        queue.set(new QueueProbe.Snapshot(4, 2, 1, SUBMITTED, SUBMITTED, SUBMITTED.minusSeconds(1)));
        long moreQueued = estimator.seconds(Depth.STANDARD, SUBMITTED);
        assertThat(moreQueued).isEqualTo(alone + 30).isGreaterThan(oneWave);

        queue.set(new QueueProbe.Snapshot(4, 4, 2, SUBMITTED, SUBMITTED, SUBMITTED.minusSeconds(1)));
        assertThat(estimator.seconds(Depth.STANDARD, SUBMITTED))
                .as("two busy nodes share the queue")
                .isEqualTo(alone + 20);
    }

    @Test
    void aCountReadAfterTheSubmitDoesNotPutTheExecutionAheadOfItself() {
        observed.run(Duration.ofSeconds(10));
        DurationEstimator estimator = estimator(OFFLINE, Duration.ZERO, 2);

        queue.set(new QueueProbe.Snapshot(1, 1, 1, SUBMITTED, SUBMITTED, SUBMITTED.plusMillis(5)));
        long withItself = estimator.seconds(Depth.QUICK, SUBMITTED);
        queue.set(new QueueProbe.Snapshot(1, 1, 1, SUBMITTED, SUBMITTED, SUBMITTED.minusMillis(5)));
        long beforeIt = estimator.seconds(Depth.QUICK, SUBMITTED);

        assertThat(withItself).isEqualTo(1);
        assertThat(beforeIt).isEqualTo(11);
    }

    @Test
    void withNoRunSeenTheQueueWaitIsAStandardRunPerWave() {
        observe(OFFLINE, Duration.ofSeconds(2), 10);
        DurationEstimator estimator = estimator(OFFLINE, Duration.ZERO, 1);
        queue.set(new QueueProbe.Snapshot(0, 1, 1, null, SUBMITTED, SUBMITTED.minusSeconds(1)));

        assertThat(estimator.queueWait(SUBMITTED)).isEqualTo(estimator.run(Depth.STANDARD));
    }
}
