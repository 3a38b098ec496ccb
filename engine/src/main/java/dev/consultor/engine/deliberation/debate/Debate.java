package dev.consultor.engine.deliberation.debate;

import java.util.List;
import java.util.Objects;

/**
 * What became of one conflict: the rounds spoken (none when it was not debated), why the debate stopped and the
 * resolution it always ends in.
 */
public record Debate(String conflictId, List<Round> rounds, StopReason stopReason, Resolution resolution) {
    public Debate {
        Objects.requireNonNull(conflictId, "conflictId");
        rounds = List.copyOf(rounds);
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(resolution, "resolution");
    }

    public boolean debated() {
        return !rounds.isEmpty();
    }
}
