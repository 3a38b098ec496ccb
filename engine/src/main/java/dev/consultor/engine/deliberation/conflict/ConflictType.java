package dev.consultor.engine.deliberation.conflict;

/** What a conflict is about, the way a board would file it. */
public enum ConflictType {
    STRATEGIC,
    TACTICAL,
    FINANCIAL,
    RISK,
    PRIORITY
}
