package dev.consultor.engine;

/** How a consultation ended. Never "completed" when part of the board could not answer. */
public enum ConsultationStatus {
    COMPLETED,
    DEGRADED,
    FAILED
}
