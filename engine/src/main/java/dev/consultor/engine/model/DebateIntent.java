package dev.consultor.engine.model;

import dev.consultor.engine.brief.Brief;
import java.util.List;
import java.util.Objects;

/**
 * One advisor's turn in a debate on a conflict: it sees its own position, the others' and the earlier turns,
 * and answers whether it holds, concedes or proposes a compromise.
 *
 * @param kind the conflict's kind, e.g. "opposite_stances", "budget_exceeded"
 * @param dimension the dimension in dispute for stance conflicts (e.g. "investment"), else empty
 * @param round 1-based
 * @param own the speaker's position
 * @param others the positions it answers
 * @param earlier every turn of the earlier rounds, in order
 * @param budgetCeiling the financial analyst's ceiling when it bears on the conflict, else null
 * @param budgetRequested for a budget conflict, the total spending requested against the ceiling, as the
 *     conflict states it; else null
 */
public record DebateIntent(
        Brief brief,
        String advisor,
        String conflictId,
        String topic,
        String kind,
        String dimension,
        int round,
        Side own,
        List<Side> others,
        List<PriorTurn> earlier,
        Double budgetCeiling,
        Double budgetRequested)
        implements Intent {

    public DebateIntent {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(conflictId, "conflictId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        dimension = dimension == null ? "" : dimension;
        if (round < 1) throw new IllegalArgumentException("round must be 1 or more");
        Objects.requireNonNull(own, "own");
        others = List.copyOf(others);
        earlier = List.copyOf(earlier);
    }

    /**
     * One advisor's position in the dispute.
     *
     * @param side positions with the same side agree; for stance conflicts it is the stance's polarity (1 for
     *     invest, raise price, move fast, growth, aggressive), for budget conflicts -1 is the ceiling
     */
    public record Side(
            String advisor,
            String recommendationId,
            String position,
            String reasoning,
            double confidence,
            List<String> evidence,
            Double costAmount,
            int side) {
        public Side {
            Objects.requireNonNull(advisor, "advisor");
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(position, "position");
            reasoning = reasoning == null ? "" : reasoning;
            evidence = List.copyOf(evidence);
        }
    }

    /** A turn already spoken. */
    public record PriorTurn(int round, String advisor, String move, String statement, String proposal) {
        public PriorTurn {
            Objects.requireNonNull(advisor, "advisor");
            Objects.requireNonNull(move, "move");
            statement = statement == null ? "" : statement;
            proposal = proposal == null ? "" : proposal;
        }
    }
}
