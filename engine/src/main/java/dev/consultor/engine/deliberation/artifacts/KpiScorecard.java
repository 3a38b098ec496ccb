package dev.consultor.engine.deliberation.artifacts;

import dev.consultor.engine.report.Direction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The measures the board will follow. */
public record KpiScorecard(String context, List<Entry> entries) implements Artifact {

    public KpiScorecard {
        Objects.requireNonNull(context, "context");
        entries = List.copyOf(entries);
    }

    @Override
    public String kind() {
        return "kpi_scorecard";
    }

    /**
     * @param baseline today's value, or null when unknown
     * @param baselineSource "report", "data", "problem" or "unknown"
     */
    public record Entry(
            String metric,
            String unit,
            Double baseline,
            String baselineSource,
            double target,
            LocalDate deadline,
            Direction direction,
            String advisor) {
        public Entry {
            Objects.requireNonNull(metric, "metric");
            unit = unit == null ? "" : unit;
            Objects.requireNonNull(baselineSource, "baselineSource");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(advisor, "advisor");
        }
    }
}
