package dev.consultor.server.shared;

/** Credentials or a token that do not prove who the caller is. */
public abstract non-sealed class NotAuthenticated extends DomainException {
    protected NotAuthenticated(String message) {
        super(message);
    }
}
