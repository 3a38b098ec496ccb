package dev.consultor.engine;

import dev.consultor.engine.model.PriceTable;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/**
 * How the engine runs a consultation.
 *
 * @param callTimeout the longest one model call may take before the advisor fails with a timeout
 * @param maxTokensPerAdvisor the output-token budget of one advisor's answer
 * @param repairAttempts how many times an invalid answer is sent back with its validation error (0 or 1)
 * @param threads makes the threads a consultation's advisors, deliberation and model calls run on: virtual
 *     threads by default; a server may give them a scheduler of their own, apart from its requests'
 */
public record EngineSettings(
        Duration callTimeout,
        int maxTokensPerAdvisor,
        int repairAttempts,
        PriceTable prices,
        Clock clock,
        ThreadFactory threads) {

    public EngineSettings {
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (callTimeout.isNegative() || callTimeout.isZero()) throw new IllegalArgumentException("callTimeout");
        if (maxTokensPerAdvisor < 256) throw new IllegalArgumentException("maxTokensPerAdvisor below 256");
        if (repairAttempts < 0 || repairAttempts > 1) throw new IllegalArgumentException("repairAttempts 0..1");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(threads, "threads");
    }

    public static EngineSettings defaults() {
        return new EngineSettings(
                Duration.ofSeconds(120),
                4096,
                1,
                PriceTable.defaults(),
                Clock.systemUTC(),
                Thread.ofVirtual().factory());
    }

    public EngineSettings withCallTimeout(Duration timeout) {
        return new EngineSettings(timeout, maxTokensPerAdvisor, repairAttempts, prices, clock, threads);
    }

    public EngineSettings withPrices(PriceTable table) {
        return new EngineSettings(callTimeout, maxTokensPerAdvisor, repairAttempts, table, clock, threads);
    }

    public EngineSettings withThreads(ThreadFactory factory) {
        return new EngineSettings(callTimeout, maxTokensPerAdvisor, repairAttempts, prices, clock, factory);
    }
}
