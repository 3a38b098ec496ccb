package dev.consultor.engine.deliberation;

import java.util.List;
import java.util.Objects;

/**
 * The JSON answers the deliberation stages expect from a model, as records; the schemas under
 * {@code schemas/} describe the same shapes. A model's answer that breaks these is sent back once with the
 * error, then dropped.
 */
public final class Answers {
    private Answers() {}

    /** Conflicts the model adds; each must cite two existing recommendation ids. */
    public record Conflicts(List<Found> conflicts) {
        public Conflicts {
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        }
    }

    public record Found(String topic, String type, String recommendationA, String recommendationB, String reasoning) {
        public Found {
            topic = require(topic, "topic");
            type = type == null ? "strategic" : type;
            recommendationA = require(recommendationA, "recommendation_a");
            recommendationB = require(recommendationB, "recommendation_b");
            reasoning = reasoning == null ? "" : reasoning;
        }
    }

    /**
     * One debate turn.
     *
     * @param move "hold", "concede" or "compromise"
     * @param proposal the compromise proposed, when the move is "compromise"
     */
    public record Turn(String move, String statement, String proposal, double confidence) {
        public Turn {
            move = require(move, "move").toLowerCase(java.util.Locale.ROOT);
            if (!List.of("hold", "concede", "compromise").contains(move)) {
                throw new IllegalArgumentException("move must be hold, concede or compromise");
            }
            statement = require(statement, "statement");
            proposal = proposal == null ? "" : proposal.strip();
            if (move.equals("compromise") && proposal.isEmpty()) {
                throw new IllegalArgumentException("a compromise needs a proposal");
            }
            if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence 0..1");
        }
    }

    /** A peer reviewer's ranking of the labels it was shown, best first. */
    public record Ranking(List<String> ranking, String rationale) {
        public Ranking {
            ranking = ranking == null ? List.of() : List.copyOf(ranking);
            if (ranking.isEmpty()) throw new IllegalArgumentException("ranking is empty");
            rationale = rationale == null ? "" : rationale;
        }
    }

    /** A member's ballot. */
    public record Ballot(List<Vote> votes) {
        public Ballot {
            votes = votes == null ? List.of() : List.copyOf(votes);
        }
    }

    /** @param choice "approve", "reject" or "abstain" */
    public record Vote(String proposalId, String choice, String rationale) {
        public Vote {
            proposalId = require(proposalId, "proposal_id");
            choice = require(choice, "choice").toLowerCase(java.util.Locale.ROOT);
            if (!List.of("approve", "reject", "abstain").contains(choice)) {
                throw new IllegalArgumentException("choice must be approve, reject or abstain");
            }
            rationale = require(rationale, "rationale");
        }
    }

    /** A grounded answer to a follow-up question. */
    public record Refined(List<Point> points) {
        public Refined {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    public record Point(String text, String sourceId) {
        public Point {
            text = require(text, "text");
            sourceId = require(sourceId, "source_id");
        }
    }

    private static String require(String value, String field) {
        Objects.requireNonNull(value, field + " is missing");
        if (value.isBlank()) throw new IllegalArgumentException(field + " is empty");
        return value.strip();
    }
}
