package dev.consultor.engine.deliberation;

import dev.consultor.engine.Usage;
import java.util.Objects;

/**
 * What one stage spent on one advisor's model calls.
 *
 * @param stage "analysis", "conflicts", "debate", "peer_review", "meeting" or "refine"
 * @param advisor the roster id of the advisor the calls spoke for
 */
public record StageUsage(String stage, String advisor, Usage usage) {
    public StageUsage {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(usage, "usage");
    }
}
