package dev.consultor.llm.provider;

import dev.consultor.engine.model.ModelException;
import java.time.Duration;
import java.util.Optional;

/**
 * One failed attempt at a provider, classified so the retry policy can decide without knowing the provider.
 *
 * @param retryable true for failures that another attempt may cure (429, 529, 5xx, resets, connect failures)
 * @param retryAfter how long the provider asked us to wait, when it said
 */
public final class ProviderFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final ModelException.Kind kind;
    private final boolean retryable;
    private final transient Duration retryAfter;

    public ProviderFailure(ModelException.Kind kind, boolean retryable, String message) {
        this(kind, retryable, message, null, null);
    }

    public ProviderFailure(
            ModelException.Kind kind, boolean retryable, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public ModelException.Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return retryable;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True when the failure says something about the provider's health rather than about our request. */
    boolean countsAgainstProvider() {
        return retryable || kind == ModelException.Kind.TIMEOUT;
    }
}
