package dev.consultor.engine.report;

/** A shared axis on which advisors take positions, so disagreements can be found on typed fields. */
public enum Dimension {
    INVESTMENT,
    PRICE,
    PACE,
    FOCUS,
    RISK_APPETITE
}
