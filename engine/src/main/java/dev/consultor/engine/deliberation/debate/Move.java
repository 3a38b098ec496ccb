package dev.consultor.engine.deliberation.debate;

/** What an advisor does in a debate round. */
public enum Move {
    HOLD,
    CONCEDE,
    COMPROMISE
}
