package dev.consultor.engine.brief;

/** A brief that cannot be analysed, naming the field at fault so callers can point the user at it. */
public final class InvalidBrief extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidBrief(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
