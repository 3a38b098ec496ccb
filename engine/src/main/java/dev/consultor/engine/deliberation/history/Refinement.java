package dev.consultor.engine.deliberation.history;

import dev.consultor.engine.Usage;
import java.util.List;
import java.util.Objects;

/**
 * A grounded answer to a follow-up question.
 *
 * @param points each citing the part of the consultation it comes from
 * @param retrieved true when the answer was retrieved from the consultation's typed content rather than written
 *     by a model
 */
public record Refinement(String question, List<Point> points, boolean retrieved, Usage usage) {
    public Refinement {
        Objects.requireNonNull(question, "question");
        points = List.copyOf(points);
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * @param sourceId e.g. "commercial-2", "decision:D1", "risk:financial-1"
     * @param kind "recommendation", "hypothesis", "risk", "kpi", "summary", "decision" or "resolution"
     * @param advisor the advisor whose report it comes from, or "board"
     */
    public record Point(String text, String sourceId, String kind, String advisor) {
        public Point {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(advisor, "advisor");
        }
    }
}
