package dev.consultor.server.identity;

import dev.consultor.server.identity.SessionRepository.AccessState;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the database said about an access token (user, role, profile, session, denylist), kept for
 * a short lifetime so that a client making many requests costs one transaction per lifetime
 * instead of one per request.
 *
 * <p>Every change to that state evicts the affected entries as soon as its transaction ends: on
 * this node at once, on the other nodes through the {@link AccessEvictionBus} (Redis pub/sub when
 * configured). The lifetime bounds the staleness only where a message can be missed: no shared
 * Redis, or a Redis connection down (after a reconnection the whole cache is dropped).
 */
final class AccessStateCache {
    /** Enough for every session active within a lifetime on one node; beyond it, entries are dropped. */
    static final int LIMIT = 10_000;

    private final ConcurrentHashMap<String, Entry> byTokenId = new ConcurrentHashMap<>();
    /** Moves on every eviction, so a load that raced with a change is not kept (see {@link #get}). */
    private final AtomicLong generation = new AtomicLong();

    /** At most one load per token at a time: an expired entry under load costs one transaction, not one per request. */
    private final ConcurrentHashMap<String, Loading> loading = new ConcurrentHashMap<>();

    private final LongAdder hits = new LongAdder();
    private final LongAdder shared = new LongAdder();
    private final LongAdder loads = new LongAdder();
    private final long lifetimeMillis;
    private final AccessEvictionBus bus;
    private final Clock clock;

    AccessStateCache(Duration lifetime, AccessEvictionBus bus, Clock clock) {
        this.lifetimeMillis = lifetime.toMillis();
        this.bus = bus;
        this.clock = clock;
        bus.listen(message -> AccessEviction.decode(message).ifPresent(this::apply), this::clear);
    }

    private record Entry(TokenClaims claims, AccessState state, long loadedAt) {}

    /** A load in progress, and the generation it began in. */
    private record Loading(long generation, CompletableFuture<Optional<AccessState>> result) {}

    /**
     * The state for a verified token: the cached one while it is younger than the lifetime, else
     * whatever {@code load} reads (kept unless a change was applied meanwhile).
     */
    Optional<AccessState> get(TokenClaims claims, Supplier<Optional<AccessState>> load) {
        if (lifetimeMillis <= 0) {
            loads.increment();
            return load.get();
        }
        long now = clock.millis();
        Entry cached = byTokenId.get(claims.tokenId());
        if (cached != null && cached.claims().equals(claims) && now - cached.loadedAt() < lifetimeMillis) {
            hits.increment();
            return Optional.of(cached.state());
        }
        long before = generation.get();
        Loading mine = new Loading(before, new CompletableFuture<>());
        Loading running = loading.putIfAbsent(claims.tokenId(), mine);
        if (running != null) {
            // Concurrent requests with one token share the load already under way, unless a change
            // was applied since it began: then this one reads for itself.
            return running.generation() == before ? awaited(running) : loadAndKeep(claims, load, now, before);
        }
        try {
            Optional<AccessState> loaded = loadAndKeep(claims, load, now, before);
            mine.result().complete(loaded);
            return loaded;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(claims.tokenId(), mine);
        }
    }

    private Optional<AccessState> loadAndKeep(
            TokenClaims claims, Supplier<Optional<AccessState>> load, long now, long generationBefore) {
        loads.increment();
        Optional<AccessState> loaded = load.get();
        loaded.ifPresent(state -> keep(claims, state, now, generationBefore));
        return loaded;
    }

    private Optional<AccessState> awaited(Loading running) {
        shared.increment();
        try {
            return running.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * An eviction first moves the generation, then removes entries. Re-checking the generation
     * after the put closes the gap: either the eviction's removal comes after the put and removes
     * it, or this check sees the new generation and removes it here.
     */
    private void keep(TokenClaims claims, AccessState state, long loadedAt, long generationBefore) {
        if (byTokenId.size() >= LIMIT) {
            long now = clock.millis();
            byTokenId.values().removeIf(e -> now - e.loadedAt() >= lifetimeMillis);
            if (byTokenId.size() >= LIMIT) {
                byTokenId.clear();
            }
        }
        Entry entry = new Entry(claims, state, loadedAt);
        byTokenId.put(claims.tokenId(), entry);
        if (generation.get() != generationBefore) {
            byTokenId.remove(claims.tokenId(), entry);
        }
    }

    /**
     * Evicts once the current transaction ends (committed or not: an extra eviction is harmless,
     * a missing one is not), or at once outside a transaction; then tells the other nodes.
     */
    void evict(AccessEviction eviction) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    applyAndPublish(eviction);
                }
            });
        } else {
            applyAndPublish(eviction);
        }
    }

    private void applyAndPublish(AccessEviction eviction) {
        apply(eviction);
        bus.publish(eviction.encode());
    }

    void apply(AccessEviction eviction) {
        generation.incrementAndGet();
        byTokenId.values().removeIf(entry -> eviction.matches(entry.claims()));
    }

    void clear() {
        generation.incrementAndGet();
        byTokenId.clear();
    }

    long hits() {
        return hits.sum();
    }

    long loads() {
        return loads.sum();
    }

    /** Requests that waited for another's load of the same token instead of reading themselves. */
    long shared() {
        return shared.sum();
    }

    int size() {
        return byTokenId.size();
    }
}
