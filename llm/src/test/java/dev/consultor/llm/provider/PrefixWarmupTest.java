package dev.consultor.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.llm.fake.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrefixWarmupTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final PrefixWarmup warmup = new PrefixWarmup(Duration.ofMinutes(4), Duration.ofSeconds(5), clock);

    @Test
    void theFirstCallWarmsAndTheOthersWaitUntilItsAnswerStarts() throws Exception {
        Optional<Runnable> first = warmup.awaitTurn("brief-1");
        var second = CompletableFuture.supplyAsync(() -> turn("brief-1"));

        Thread.sleep(200);
        assertThat(first).isPresent();
        assertThat(second).isNotDone();

        first.get().run();
        assertThat(second.get(2, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aWarmPrefixLetsEveryoneThroughAndAnotherPrefixWarmsOnItsOwn() throws Exception {
        warmup.awaitTurn("brief-1").orElseThrow().run();

        assertThat(warmup.awaitTurn("brief-1")).isEmpty();
        assertThat(warmup.awaitTurn("brief-2")).isPresent();
    }

    @Test
    void aFailedWarmingCallReleasesTheWaitersAndTheNextCallWarmsAgain() throws Exception {
        warmup.awaitTurn("brief-1").orElseThrow();
        var waiter = CompletableFuture.supplyAsync(() -> turn("brief-1"));
        Thread.sleep(100);

        warmup.forget("brief-1");

        assertThat(waiter.get(2, TimeUnit.SECONDS)).isEmpty();
        assertThat(warmup.awaitTurn("brief-1")).isPresent();
    }

    @Test
    void aPrefixGoesColdWhenTheCacheWouldHaveExpired() throws Exception {
        warmup.awaitTurn("brief-1").orElseThrow().run();

        clock.advance(Duration.ofMinutes(5));

        assertThat(warmup.awaitTurn("brief-1")).isPresent();
    }

    private Optional<Runnable> turn(String key) {
        try {
            return warmup.awaitTurn(key);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
