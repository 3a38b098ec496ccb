package dev.consultor.engine.deliberation.debate;

import java.util.Objects;

/** One advisor's answer in one round. */
public record Turn(int round, String advisor, Move move, String statement, String proposal, double confidence) {
    public Turn {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(statement, "statement");
        proposal = proposal == null ? "" : proposal;
    }

    /** Same words and move as another turn, whatever the round. */
    boolean repeats(Turn other) {
        return advisor.equals(other.advisor)
                && move == other.move
                && statement.equals(other.statement)
                && proposal.equals(other.proposal);
    }
}
