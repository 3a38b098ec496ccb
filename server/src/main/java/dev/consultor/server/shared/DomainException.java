package dev.consultor.server.shared;

/**
 * Base of every exception that is a fact about the request rather than a bug. Features name the
 * fact ({@code MemberNotFound}); the category it extends decides the status, in one place.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ResourceNotFound,
                ConflictWithCurrentState,
                NotAuthenticated,
                NotPermitted,
                TooManyRequests,
                InvalidInput {
    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
