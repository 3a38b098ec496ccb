package dev.consultor.engine.deliberation.conflict;

import java.util.List;
import java.util.Objects;

/**
 * One advisor's side in a conflict.
 *
 * @param recommendationId the recommendation this position rests on (e.g. "commercial-2"), or a pseudo id such
 *     as "financial:budget_ceiling" when it rests on another typed field
 * @param side which side of the dispute: positions with the same side agree
 * @param costAmount what the position would spend, when known
 */
public record Position(
        String advisor,
        String recommendationId,
        String position,
        String reasoning,
        double confidence,
        List<String> evidence,
        int side,
        Double costAmount) {

    public Position {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(recommendationId, "recommendationId");
        Objects.requireNonNull(position, "position");
        reasoning = reasoning == null ? "" : reasoning;
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence 0..1");
        evidence = List.copyOf(evidence);
    }
}
