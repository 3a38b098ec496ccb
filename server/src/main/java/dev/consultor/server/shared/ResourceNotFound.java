package dev.consultor.server.shared;

/** Something that does not exist, or belongs to another tenant, which must look the same. */
public abstract non-sealed class ResourceNotFound extends DomainException {
    protected ResourceNotFound(String message) {
        super(message);
    }
}
