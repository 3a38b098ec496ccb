package dev.consultor.server.shared;

/** The request contradicts what is stored (a duplicate, the last owner leaving). */
public abstract non-sealed class ConflictWithCurrentState extends DomainException {
    protected ConflictWithCurrentState(String message) {
        super(message);
    }
}
