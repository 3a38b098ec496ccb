package dev.consultor.server.consulting;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What this node has seen model calls and whole runs take, for estimates. Per-call latencies are kept
 * per provider and model in a sliding window whose median is the estimate (a few slow calls, e.g. a
 * timeout, do not drag it); run durations in an exponentially decaying average. Thread-safe.
 */
final class ObservedLatencies {
    static final int WINDOW = 50;
    /** Weight of the newest run in the decaying average: about the last ten runs count. */
    static final double RUN_WEIGHT = 0.2;

    private final Map<Key, Deque<Long>> callsMs = new HashMap<>();
    private double runMs = -1;

    private record Key(String provider, String model) {}

    synchronized void call(String provider, String model, Duration latency) {
        Deque<Long> window = callsMs.computeIfAbsent(new Key(provider, model), k -> new ArrayDeque<>());
        if (window.size() == WINDOW) {
            window.removeFirst();
        }
        window.addLast(Math.max(0, latency.toMillis()));
    }

    /** The median call of this model, else of any model of the provider; empty before any was seen. */
    synchronized Optional<Duration> perCall(String provider, String model) {
        Deque<Long> own = callsMs.get(new Key(provider, model));
        List<Long> seen = new ArrayList<>();
        if (own != null) {
            seen.addAll(own);
        } else {
            callsMs.forEach((key, window) -> {
                if (key.provider().equals(provider)) {
                    seen.addAll(window);
                }
            });
        }
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        seen.sort(null);
        int middle = seen.size() / 2;
        long median = seen.size() % 2 == 1 ? seen.get(middle) : (seen.get(middle - 1) + seen.get(middle)) / 2;
        return Optional.of(Duration.ofMillis(median));
    }

    synchronized void run(Duration took) {
        long ms = Math.max(0, took.toMillis());
        runMs = runMs < 0 ? ms : RUN_WEIGHT * ms + (1 - RUN_WEIGHT) * runMs;
    }

    /** How long a run has taken lately; empty before any finished on this node. */
    synchronized Optional<Duration> typicalRun() {
        return runMs < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(runMs)));
    }
}
