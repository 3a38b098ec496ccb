package dev.consultor.server.shared;

import java.util.List;

/** Input that is well-formed but breaks a rule; each broken field is listed. */
public abstract non-sealed class InvalidInput extends DomainException {
    private final List<FieldError> errors;

    protected InvalidInput(List<FieldError> errors) {
        super("Validation failed");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {}
}
