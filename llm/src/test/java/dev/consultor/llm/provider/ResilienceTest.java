package dev.consultor.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelException.Kind;
import dev.consultor.llm.fake.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilienceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

    @Test
    void backoffDoublesPerAttemptWithinItsJitterAndCap() {
        var policy = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(60));

        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.backoff(1, 0.999)).isLessThanOrEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(4, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(30, 0.5)).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void readsRetryAfterInSecondsMillisecondsOrAsADate() {
        assertThat(ProviderFailures.retryAfter(Optional.of("2"), Optional.empty(), clock))
                .contains(Duration.ofSeconds(2));
        assertThat(ProviderFailures.retryAfter(Optional.of("2"), Optional.of("250"), clock))
                .contains(Duration.ofMillis(250));
        assertThat(ProviderFailures.retryAfter(Optional.of("Sun, 29 Nov 2026 10:00:30 GMT"), Optional.empty(), clock))
                .contains(Duration.ofSeconds(30));
        assertThat(ProviderFailures.retryAfter(Optional.of("soon"), Optional.empty(), clock))
                .isEmpty();
    }

    @Test
    void aCancelledWaitMakesNoFurtherAttempt() {
        var attempts = new AtomicInteger();
        var resilience = new Resilience(
                RetryPolicy.defaults(),
                new CircuitBreaker("p", 5, Duration.ofSeconds(30), clock),
                Duration.ofSeconds(5),
                d -> {
                    throw new InterruptedException("cancelled while waiting");
                },
                () -> 0.5);

        assertThatThrownBy(() -> resilience.call(() -> {
                    attempts.incrementAndGet();
                    throw new ProviderFailure(Kind.OVERLOADED, true, "overloaded");
                }))
                .isInstanceOf(InterruptedException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void refusalsKeepTheBreakerClosedButAreReportedInHealth() throws Exception {
        var breaker = new CircuitBreaker("p", 2, Duration.ofSeconds(30), Clock.systemUTC());
        var resilience = new Resilience(RetryPolicy.defaults(), breaker, Duration.ofSeconds(5), d -> {}, () -> 0.5);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> resilience.call(() -> {
                        throw new ProviderFailure(Kind.AUTHENTICATION, false, "invalid API key for P");
                    }))
                    .isInstanceOf(ModelException.class);
        }

        assertThat(resilience.health().state()).isEqualTo(ProviderHealth.State.CLOSED);
        assertThat(resilience.health().lastError()).contains("invalid API key for P");
    }

    @Test
    void onlyOneProbeGoesOutWhileHalfOpen() {
        var breaker = new CircuitBreaker("p", 1, Duration.ofSeconds(10), clock);
        breaker.onFailure("down");
        clock.advance(Duration.ofSeconds(11));

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        breaker.onSuccess();
        assertThat(breaker.tryAcquire()).isTrue();
    }
}
