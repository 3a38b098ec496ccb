package dev.consultor.server.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** The single-node store; expired entries are swept so an attack cannot grow it without bound. */
final class InMemoryAttemptStore implements AttemptStore {
    private static final int SWEEP_THRESHOLD = 100_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryAttemptStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long increment(String key, Duration window) {
        long now = clock.millis();
        sweepIfLarge(now);
        return entries.compute(
                        key,
                        (k, e) -> e == null || e.expiresAt <= now
                                ? new Entry(1, now + window.toMillis())
                                : new Entry(e.count + 1, e.expiresAt))
                .count;
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public void mark(String key, Duration ttl) {
        entries.put(key, new Entry(1, clock.millis() + ttl.toMillis()));
    }

    @Override
    public Duration remaining(String key) {
        Entry e = entries.get(key);
        long left = e == null ? 0 : e.expiresAt - clock.millis();
        return left > 0 ? Duration.ofMillis(left) : Duration.ZERO;
    }

    private void sweepIfLarge(long now) {
        if (entries.size() > SWEEP_THRESHOLD) {
            entries.values().removeIf(e -> e.expiresAt <= now);
        }
    }

    private record Entry(long count, long expiresAt) {}
}
