package dev.consultor.engine.deliberation;

import java.util.Objects;

/**
 * A stage, or part of one, that did not run, and why; reported instead of silently left out.
 *
 * @param stage e.g. "debate", "meeting", "peer_review", "conflicts"
 * @param reason in the brief's language
 */
public record SkippedStage(String stage, String reason) {
    public SkippedStage {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }
}
