package dev.consultor.llm.provider;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider's circuit breaker knows, for health endpoints and for the consultation's errors.
 *
 * @param provider e.g. "anthropic", or "openai" with the base URL it talks to
 * @param consecutiveFailures failed attempts since the last success
 * @param retryAt when an open breaker lets a probe through; empty unless open
 * @param lastError the cause of the last failure, empty after a success
 */
public record ProviderHealth(
        String provider, State state, int consecutiveFailures, Optional<Instant> retryAt, Optional<String> lastError) {

    public ProviderHealth {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(retryAt, "retryAt");
        Objects.requireNonNull(lastError, "lastError");
    }

    public enum State {
        /** Calls flow. */
        CLOSED,
        /** Calls fail fast until the cool-down ends. */
        OPEN,
        /** The cool-down ended; one probe call is deciding whether to close again. */
        HALF_OPEN
    }

    public boolean healthy() {
        return state == State.CLOSED;
    }

    /** Implemented by models that talk to a provider. */
    public interface Reporting {
        ProviderHealth health();
    }
}
