package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.identity.SessionRepository.AccessState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class AccessStateCacheTest {
    private final MutableClock clock = new MutableClock();
    private final RecordingBus bus = new RecordingBus();
    private final AccessStateCache cache = new AccessStateCache(Duration.ofSeconds(2), bus, clock);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void reusesTheStateWithinItsLifetimeAndReadsAgainAfter() {
        TokenClaims token = token("t1", "u1", "s1");
        check(token);
        clock.advance(Duration.ofMillis(1999));
        check(token);
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        check(token);
        assertThat(reads).hasValue(2);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.loads()).isEqualTo(2);
    }

    @Test
    void evictingAUserDropsEveryTokenOfThatUserAndNoOtherUsers() {
        TokenClaims first = token("t1", "u1", "s1");
        TokenClaims second = token("t1", "u1", "s2");
        TokenClaims sameIdOtherTenant = token("t2", "u1", "s3");
        TokenClaims otherUser = token("t1", "u2", "s4");
        List.of(first, second, sameIdOtherTenant, otherUser).forEach(this::check);

        cache.evict(new AccessEviction.OfUser("t1", "u1"));

        reads.set(0);
        List.of(first, second, sameIdOtherTenant, otherUser).forEach(this::check);
        assertThat(reads).hasValue(2);
        assertThat(bus.published).containsExactly("user t1 u1");
    }

    @Test
    void evictingASessionOrATokenDropsOnlyThose() {
        TokenClaims inSession = token("t1", "u1", "s1");
        TokenClaims otherSession = token("t1", "u1", "s2");
        List.of(inSession, otherSession).forEach(this::check);

        cache.evict(new AccessEviction.OfSession("t1", "s1"));
        cache.evict(new AccessEviction.OfToken("t1", otherSession.tokenId()));

        reads.set(0);
        List.of(inSession, otherSession).forEach(this::check);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aReadThatRacedWithAnEvictionIsNotKept() {
        TokenClaims token = token("t1", "u1", "s1");
        // The read sees the row before the change committed; the eviction lands while it runs.
        cache.get(token, () -> {
            cache.evict(new AccessEviction.OfSession("t1", "s1"));
            return Optional.of(state(token, false));
        });

        assertThat(cache.size()).isZero();
        check(token);
        assertThat(reads).hasValue(1);
    }

    @Test
    void insideATransactionTheEvictionWaitsForItsEnd() {
        TokenClaims token = token("t1", "u1", "s1");
        check(token);
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.evict(new AccessEviction.OfUser("t1", "u1"));
            assertThat(cache.size()).isOne();
            assertThat(bus.published).isEmpty();
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
            }
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(cache.size()).isZero();
        assertThat(bus.published).containsExactly("user t1 u1");
    }

    @Test
    void otherNodesMessagesEvictAndMalformedOnesAreIgnored() {
        TokenClaims token = token("t1", "u1", "s1");
        check(token);
        bus.deliver("session t1");
        bus.deliver("grant t1 s1");
        bus.deliver("session t2 s1");
        assertThat(cache.size()).isOne();

        bus.deliver("session t1 s1");
        assertThat(cache.size()).isZero();
        assertThat(bus.published).isEmpty();
    }

    @Test
    void aResubscriptionDropsEverything() {
        check(token("t1", "u1", "s1"));
        check(token("t2", "u2", "s2"));
        bus.resubscribed.run();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aZeroLifetimeReadsEveryTime() {
        AccessStateCache uncached = new AccessStateCache(Duration.ZERO, bus, clock);
        TokenClaims token = token("t1", "u1", "s1");
        uncached.get(token, () -> load(token));
        uncached.get(token, () -> load(token));
        assertThat(reads).hasValue(2);
        assertThat(uncached.size()).isZero();
    }

    @Test
    void aMissingUserIsNotRemembered() {
        TokenClaims token = token("t1", "u1", "s1");
        cache.get(token, () -> {
            reads.incrementAndGet();
            return Optional.empty();
        });
        check(token);
        assertThat(reads).hasValue(2);
    }

    @Test
    void evictionsTravelAsTextAndBack() {
        for (AccessEviction e : List.of(
                new AccessEviction.OfUser("t", "u"),
                new AccessEviction.OfSession("t", "s"),
                new AccessEviction.OfToken("t", "j"))) {
            assertThat(AccessEviction.decode(e.encode())).contains(e);
        }
        assertThat(AccessEviction.decode("user t u extra")).isEmpty();
        assertThat(AccessEviction.decode("user  u")).isEmpty();
        assertThat(AccessEviction.decode(null)).isEmpty();
    }

    @Test
    void concurrentRequestsWithOneTokenShareOneLoad() throws Exception {
        TokenClaims token = token("t1", "u1", "s1");
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var first = pool.submit(() -> cache.get(token, () -> {
                started.countDown();
                await(release);
                return load(token);
            }));
            started.await();
            List<java.util.concurrent.Future<Optional<AccessState>>> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                others.add(pool.submit(() -> cache.get(token, () -> load(token))));
            }
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (cache.shared() < 8 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            release.countDown();
            assertThat(first.get()).isPresent();
            for (var other : others) {
                assertThat(other.get()).isPresent();
            }
        }
        assertThat(reads).hasValue(1);
        assertThat(cache.loads()).isEqualTo(1);
    }

    @Test
    void aLoadBegunBeforeAChangeIsNotSharedWithARequestAfterIt() throws Exception {
        TokenClaims token = token("t1", "u1", "s1");
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var stale = pool.submit(() -> cache.get(token, () -> {
                started.countDown();
                await(release);
                return Optional.of(state(token, false));
            }));
            started.await();
            cache.evict(new AccessEviction.OfSession("t1", "s1"));
            // The session was revoked meanwhile: this request reads the new state for itself.
            assertThat(cache.get(token, () -> Optional.of(state(token, true))))
                    .hasValueSatisfying(
                            state -> assertThat(state.sessionRevoked()).isTrue());
            release.countDown();
            stale.get();
        }
        assertThat(cache.shared()).isZero();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(TokenClaims token) {
        assertThat(cache.get(token, () -> load(token))).isPresent();
    }

    private Optional<AccessState> load(TokenClaims token) {
        reads.incrementAndGet();
        return Optional.of(state(token, false));
    }

    private static AccessState state(TokenClaims token, boolean revoked) {
        Member member =
                new Member(token.userId(), token.tenantId(), "a@example.com", "A", "en", Role.OWNER, Instant.EPOCH);
        return new AccessState(member, revoked, Long.MAX_VALUE, false);
    }

    private static TokenClaims token(String tenant, String user, String session) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new TokenClaims(
                TokenKind.ACCESS,
                UUID.randomUUID().toString(),
                user,
                tenant,
                session,
                "a@example.com",
                now,
                now.plusSeconds(900));
    }

    private static final class RecordingBus implements AccessEvictionBus {
        final List<String> published = new ArrayList<>();
        Consumer<String> listener;
        Runnable resubscribed;

        @Override
        public void publish(String message) {
            published.add(message);
        }

        @Override
        public void listen(Consumer<String> onMessage, Runnable onResubscribed) {
            this.listener = onMessage;
            this.resubscribed = onResubscribed;
        }

        void deliver(String message) {
            listener.accept(message);
        }
    }
}
