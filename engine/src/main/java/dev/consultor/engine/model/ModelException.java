package dev.consultor.engine.model;

/** A model could not answer. The message is a cause a user can act on, never a stack trace. */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the call failed, so callers can decide on retries and on what to tell the user. */
    public enum Kind {
        TIMEOUT,
        RATE_LIMITED,
        OVERLOADED,
        AUTHENTICATION,
        NOT_FOUND,
        UNREACHABLE,
        INVALID_REQUEST,
        INVALID_RESPONSE,
        REFUSED,
        CIRCUIT_OPEN,
        CANCELLED,
        OTHER
    }

    private final Kind kind;

    public ModelException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ModelException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
