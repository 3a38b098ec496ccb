package dev.consultor.engine.report;

/** A coarse three-step grade for cost and impact. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
