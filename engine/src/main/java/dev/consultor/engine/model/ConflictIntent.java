package dev.consultor.engine.model;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.report.AgentReport;
import java.util.List;
import java.util.Objects;

/**
 * A search for disagreements between the advisors' reports that the typed rules cannot see. Every conflict the
 * answer adds must cite two recommendation ids of {@code reports}; the others are dropped.
 *
 * @param reports the completed reports, each recommendation carrying its id
 * @param known pairs of recommendation ids already in conflict, so the answer does not repeat them
 */
public record ConflictIntent(Brief brief, List<AgentReport> reports, List<Known> known) implements Intent {

    public ConflictIntent {
        Objects.requireNonNull(brief, "brief");
        reports = List.copyOf(reports);
        known = List.copyOf(known);
    }

    /** Two recommendations already known to oppose each other. */
    public record Known(String recommendationA, String recommendationB) {
        public Known {
            Objects.requireNonNull(recommendationA, "recommendationA");
            Objects.requireNonNull(recommendationB, "recommendationB");
        }
    }
}
