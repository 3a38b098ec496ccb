package dev.consultor.engine.data;

/** An attached data file that cannot be profiled; the message names the file and, where it helps, the line. */
public final class InvalidData extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidData(String message) {
        super(message);
    }
}
