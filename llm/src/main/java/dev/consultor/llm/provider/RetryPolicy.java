package dev.consultor.llm.provider;

import java.time.Duration;
import java.util.Objects;

/**
 * How one logical call is retried.
 *
 * @param maxAttempts attempts per logical call, the first included
 * @param baseDelay the wait before the second attempt; each later one doubles it
 * @param maxDelay the longest backoff between attempts
 * @param maxRetryAfter the longest {@code retry-after} we honour; a provider asking for more fails the call at once
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 10) throw new IllegalArgumentException("maxAttempts 1..10");
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
    }

    /**
     * The exponential backoff before attempt {@code attempt + 1}, with "full jitter" (a uniform draw between half
     * the step and the step) so that advisors failing together do not retry together.
     *
     * @param random a draw in [0, 1)
     */
    Duration backoff(int attempt, double random) {
        long step = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(step, maxDelay.toMillis());
        return Duration.ofMillis(capped / 2 + (long) (capped / 2.0 * random));
    }
}
