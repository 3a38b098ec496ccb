package dev.consultor.engine.report;

/**
 * A position a recommendation takes on one {@link Dimension}. Two stances on the same dimension with opposite
 * polarity are a disagreement.
 */
public enum Stance {
    INVEST(Dimension.INVESTMENT, 1),
    CUT(Dimension.INVESTMENT, -1),
    RAISE_PRICE(Dimension.PRICE, 1),
    LOWER_PRICE(Dimension.PRICE, -1),
    MOVE_FAST(Dimension.PACE, 1),
    PHASE_IN(Dimension.PACE, -1),
    GROWTH(Dimension.FOCUS, 1),
    EFFICIENCY(Dimension.FOCUS, -1),
    AGGRESSIVE(Dimension.RISK_APPETITE, 1),
    CONSERVATIVE(Dimension.RISK_APPETITE, -1);

    private final Dimension dimension;
    private final int polarity;

    Stance(Dimension dimension, int polarity) {
        this.dimension = dimension;
        this.polarity = polarity;
    }

    public Dimension dimension() {
        return dimension;
    }

    public int polarity() {
        return polarity;
    }

    public boolean opposes(Stance other) {
        return dimension == other.dimension && polarity != other.polarity;
    }

    public Stance opposite() {
        for (Stance s : values()) {
            if (opposes(s)) return s;
        }
        throw new IllegalStateException("no opposite for " + this);
    }
}
