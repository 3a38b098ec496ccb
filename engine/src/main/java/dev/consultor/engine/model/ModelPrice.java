package dev.consultor.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** US dollars per million tokens of each kind. */
public record ModelPrice(double input, double output, double cacheWrite, double cacheRead) {
    public static final ModelPrice FREE = new ModelPrice(0, 0, 0, 0);

    public ModelPrice {
        if (input < 0 || output < 0 || cacheWrite < 0 || cacheRead < 0) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
    }

    public double costUsd(TokenUsage usage) {
        double micro = usage.inputTokens() * input
                + usage.outputTokens() * output
                + usage.cacheWriteTokens() * cacheWrite
                + usage.cacheReadTokens() * cacheRead;
        return BigDecimal.valueOf(micro / 1_000_000d)
                .setScale(6, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
