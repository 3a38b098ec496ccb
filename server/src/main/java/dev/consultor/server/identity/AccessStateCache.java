package dev.consultor.server.identity;

import dev.consultor.server.identity.SessionRepository.AccessState;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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

    private final LongAdder hits = new LongAdder();
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
        loads.increment();
        long before = generation.get();
        Optional<AccessState> loaded = load.get();
        loaded.ifPresent(state -> keep(claims, state, now, before));
        return loaded;
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

    int size() {
        return byTokenId.size();
    }
}
