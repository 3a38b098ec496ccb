package dev.consultor.server.shared;

/** The caller is known but their role does not allow the action. */
public abstract non-sealed class NotPermitted extends DomainException {
    protected NotPermitted(String message) {
        super(message);
    }
}
