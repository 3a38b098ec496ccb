package dev.consultor.engine.deliberation.meeting;

/** The phases of a board meeting's agenda, in order. */
public enum Phase {
    OPENING,
    PRESENTATIONS,
    DISCUSSION,
    PROPOSALS,
    VOTE,
    DELIBERATION,
    CLOSING
}
