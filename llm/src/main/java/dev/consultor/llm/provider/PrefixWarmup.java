package dev.consultor.llm.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Warms a shared prompt prefix with the first call before the others fan out. A provider writes its prompt cache
 * only once a response starts, so calls sent together with the same new prefix would all pay to write it; here
 * the first call with a given prefix goes alone and the concurrent ones wait (at most {@code maxWait}) until it
 * has started answering, then read the prefix from the cache. A prefix counts as warm for {@code ttl} (the
 * provider's cache lifetime, refreshed on use).
 */
public final class PrefixWarmup {
    private static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final Duration maxWait;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(CompletableFuture<Void> started, Instant since) {}

    public PrefixWarmup(Duration ttl, Duration maxWait, Clock clock) {
        this.ttl = ttl;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    /** Five minutes, as Anthropic's default cache, and a wait as long as the first call may take to start. */
    public static PrefixWarmup defaults(Duration maxWait) {
        return new PrefixWarmup(Duration.ofMinutes(4), maxWait, Clock.systemUTC());
    }

    /**
     * Waits, when another call is warming the same prefix, until that call has started answering.
     *
     * @return a handle to release once this call's response has started, when this call warms the prefix itself
     */
    public Optional<Runnable> awaitTurn(String prefixKey) throws InterruptedException {
        Instant now = clock.instant();
        var mine = new Entry(new CompletableFuture<>(), now);
        Entry current = entries.compute(prefixKey, (key, existing) -> {
            if (existing == null) return mine;
            boolean expired = existing.started().isDone()
                    && Duration.between(existing.since(), now).compareTo(ttl) > 0;
            return expired ? mine : existing;
        });
        if (current == mine) {
            if (entries.size() > MAX_ENTRIES) entries.entrySet().removeIf(e -> e.getValue() != mine);
            return Optional.of(() -> mine.started().complete(null));
        }
        try {
            current.started().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // The first call is slow or failed: go ahead without the cache rather than wait longer.
        }
        return Optional.empty();
    }

    /** Forgets a prefix whose warming call failed before it started answering, so the next call warms it. */
    public void forget(String prefixKey) {
        entries.computeIfPresent(prefixKey, (key, entry) -> {
            entry.started().complete(null);
            return null;
        });
    }
}
