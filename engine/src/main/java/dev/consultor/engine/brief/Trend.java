package dev.consultor.engine.brief;

/** The direction of a numeric column over its rows. */
public enum Trend {
    RISING,
    FALLING,
    FLAT,
    VOLATILE
}
