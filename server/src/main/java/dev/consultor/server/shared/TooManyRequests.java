package dev.consultor.server.shared;

import java.time.Duration;

/** The caller must wait; {@link #retryAfter()} says how long. */
public abstract non-sealed class TooManyRequests extends DomainException {
    private final Duration retryAfter;

    protected TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
