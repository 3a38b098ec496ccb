package dev.consultor.engine.report;

/** Which way a KPI should move to count as progress. */
public enum Direction {
    INCREASE,
    DECREASE,
    MAINTAIN
}
