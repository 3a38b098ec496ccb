package dev.consultor.engine;

import dev.consultor.engine.model.TokenUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** What model calls cost: how many, the tokens, the dollars and the time spent waiting on the model. */
public record Usage(int calls, TokenUsage tokens, double costUsd, long latencyMs) {
    public static final Usage NONE = new Usage(0, TokenUsage.NONE, 0, 0);

    public Usage {
        if (calls < 0 || costUsd < 0 || latencyMs < 0) throw new IllegalArgumentException("negative usage");
    }

    public Usage plus(Usage other) {
        return new Usage(
                calls + other.calls,
                tokens.plus(other.tokens),
                BigDecimal.valueOf(costUsd + other.costUsd)
                        .setScale(6, RoundingMode.HALF_UP)
                        .doubleValue(),
                latencyMs + other.latencyMs);
    }
}
