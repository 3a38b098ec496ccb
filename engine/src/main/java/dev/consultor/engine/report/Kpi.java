package dev.consultor.engine.report;

import java.util.Objects;

/**
 * A measure of progress.
 *
 * @param baseline the value today, from the problem or the attached data, or null when unknown
 * @param deadlineDays days after the consultation date by which the target should be reached
 */
public record Kpi(String name, String unit, Double baseline, double target, int deadlineDays, Direction direction) {
    public Kpi {
        name = Checks.text(name, "KPI name");
        unit = Checks.optional(unit);
        Objects.requireNonNull(direction, "KPI direction");
        if (deadlineDays < 1 || deadlineDays > 1095) {
            throw new IllegalArgumentException("KPI deadline must be within 1..1095 days");
        }
        if (Double.isNaN(target) || Double.isInfinite(target)) throw new IllegalArgumentException("KPI target");
    }
}
