package dev.consultor.llm.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A breaker per provider: after {@code threshold} consecutive failed attempts it opens for {@code coolDown};
 * then one probe is let through (half-open) and its outcome closes or re-opens it. Thread-safe.
 */
public final class CircuitBreaker {
    private final String provider;
    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;

    private ProviderHealth.State state = ProviderHealth.State.CLOSED;
    private int failures;
    private Instant openUntil;
    private boolean probeInFlight;
    private String lastError;

    public CircuitBreaker(String provider, int threshold, Duration coolDown, Clock clock) {
        if (threshold < 1) throw new IllegalArgumentException("threshold must be positive");
        this.provider = provider;
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Whether an attempt may go out now; a true answer in half-open state reserves the single probe. */
    synchronized boolean tryAcquire() {
        if (state == ProviderHealth.State.OPEN && !clock.instant().isBefore(openUntil)) {
            state = ProviderHealth.State.HALF_OPEN;
            probeInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (probeInFlight) yield false;
                probeInFlight = true;
                yield true;
            }
        };
    }

    synchronized void onSuccess() {
        state = ProviderHealth.State.CLOSED;
        failures = 0;
        probeInFlight = false;
        lastError = null;
    }

    synchronized void onFailure(String cause) {
        failures++;
        lastError = cause;
        if (state == ProviderHealth.State.HALF_OPEN || failures >= threshold) {
            state = ProviderHealth.State.OPEN;
            openUntil = clock.instant().plus(coolDown);
            probeInFlight = false;
        }
    }

    /** An attempt that ended without a verdict on the provider (e.g. cancelled) gives the probe back. */
    synchronized void onAbandoned() {
        probeInFlight = false;
    }

    /**
     * The provider answered, but refused the request (400, 401, 404, ...): it is up, so the breaker closes, and
     * the refusal is kept as the last error for health reports.
     */
    synchronized void onAnswered(String refusal) {
        onSuccess();
        lastError = refusal;
    }

    public synchronized ProviderHealth health() {
        if (state == ProviderHealth.State.OPEN && !clock.instant().isBefore(openUntil)) {
            return snapshot(ProviderHealth.State.HALF_OPEN);
        }
        return snapshot(state);
    }

    private ProviderHealth snapshot(ProviderHealth.State shown) {
        return new ProviderHealth(
                provider,
                shown,
                failures,
                shown == ProviderHealth.State.OPEN ? Optional.of(openUntil) : Optional.empty(),
                Optional.ofNullable(lastError));
    }

    synchronized Duration remainingCoolDown() {
        if (state != ProviderHealth.State.OPEN) return Duration.ZERO;
        Duration left = Duration.between(clock.instant(), openUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    String provider() {
        return provider;
    }
}
