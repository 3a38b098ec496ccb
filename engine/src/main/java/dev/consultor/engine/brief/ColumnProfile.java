package dev.consultor.engine.brief;

import java.util.Objects;

/**
 * What a numeric column of an attached CSV says: its first and last values, the change between them, its range,
 * mean and trend over the rows.
 *
 * @param changePct change from first to last in percent; null when the first value is zero
 */
public record ColumnProfile(
        String name, double first, double last, Double changePct, double min, double max, double mean, Trend trend) {

    public ColumnProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trend, "trend");
        if (min > max) throw new IllegalArgumentException("min above max in column " + name);
    }
}
