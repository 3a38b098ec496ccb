package dev.consultor.engine.report;

/** When a recommendation is meant to happen, in days from the consultation date. */
public enum Horizon {
    IMMEDIATE(0, 30),
    SHORT_TERM(31, 90),
    MEDIUM_TERM(91, 365),
    LONG_TERM(366, 1095);

    private final int fromDay;
    private final int toDay;

    Horizon(int fromDay, int toDay) {
        this.fromDay = fromDay;
        this.toDay = toDay;
    }

    public int fromDay() {
        return fromDay;
    }

    public int toDay() {
        return toDay;
    }

    /** Horizons that cannot both be right for the same action: they are more than one step apart. */
    public boolean incompatibleWith(Horizon other) {
        return Math.abs(ordinal() - other.ordinal()) > 1;
    }
}
