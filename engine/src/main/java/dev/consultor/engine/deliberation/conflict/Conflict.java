package dev.consultor.engine.deliberation.conflict;

import dev.consultor.engine.report.Dimension;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A disagreement between advisors, found on their reports' typed fields (or by the model, citing two
 * recommendations).
 *
 * @param id "C1", "C2", ... in order of severity
 * @param dimension the dimension in dispute for stance conflicts, else null
 * @param positions at least two, from at least two advisors, on at least two sides
 * @param requested for a budget conflict, the total spending the other advisors ask for, the figure its topic
 *     states and its debate argues over (including line items too small to take part); else null
 */
public record Conflict(
        String id,
        String topic,
        ConflictType type,
        ConflictKind kind,
        Severity severity,
        Dimension dimension,
        List<Position> positions,
        Double requested) {

    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        positions = List.copyOf(positions);
        if (positions.stream().map(Position::advisor).distinct().count() < 2) {
            throw new IllegalArgumentException("a conflict needs positions from two advisors");
        }
    }

    public Conflict(
            String id,
            String topic,
            ConflictType type,
            ConflictKind kind,
            Severity severity,
            Dimension dimension,
            List<Position> positions) {
        this(id, topic, type, kind, severity, dimension, positions, null);
    }

    public List<String> advisors() {
        return positions.stream().map(Position::advisor).distinct().toList();
    }

    public Set<Integer> sides() {
        return positions.stream().map(Position::side).collect(Collectors.toCollection(TreeSet::new));
    }

    /** What the conflict opposes, independent of order and numbering: for comparing detections. */
    public String key() {
        return kind
                + (dimension == null ? "" : ":" + dimension)
                + positions.stream()
                        .map(Position::recommendationId)
                        .sorted()
                        .distinct()
                        .collect(Collectors.joining(",", "[", "]"));
    }

    Conflict withId(String newId) {
        return new Conflict(newId, topic, type, kind, severity, dimension, positions, requested);
    }
}
