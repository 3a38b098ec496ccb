package dev.consultor.engine.advisor;

/** A roster that cannot run: a missing dependency, a cycle, a duplicate id. The message names the culprits. */
public final class InvalidRoster extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidRoster(String message) {
        super(message);
    }
}
