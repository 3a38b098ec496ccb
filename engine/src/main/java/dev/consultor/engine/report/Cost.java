package dev.consultor.engine.report;

import java.util.Objects;

/**
 * What a recommendation costs.
 *
 * @param amount an estimate in the brief's currency, or null when the advisor can only grade it
 */
public record Cost(Level level, Double amount) {
    public Cost {
        Objects.requireNonNull(level, "level");
        if (amount != null && (amount < 0 || amount.isNaN() || amount.isInfinite())) {
            throw new IllegalArgumentException("cost amount must be a non-negative number");
        }
    }

    public static Cost of(Level level) {
        return new Cost(level, null);
    }
}
