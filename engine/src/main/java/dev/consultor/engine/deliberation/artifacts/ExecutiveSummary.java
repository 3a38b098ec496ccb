package dev.consultor.engine.deliberation.artifacts;

import dev.consultor.engine.advisor.BoardRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The one-page summary.
 *
 * @param precedents earlier decisions that bear on this one, in words
 */
public record ExecutiveSummary(
        String context,
        String keyDecision,
        String rationale,
        double confidence,
        List<String> topRisks,
        List<String> nextSteps,
        BoardRole owner,
        LocalDate reviewDate,
        List<String> precedents)
        implements Artifact {

    public ExecutiveSummary {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(keyDecision, "keyDecision");
        Objects.requireNonNull(rationale, "rationale");
        topRisks = List.copyOf(topRisks);
        nextSteps = List.copyOf(nextSteps);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(reviewDate, "reviewDate");
        precedents = List.copyOf(precedents);
    }

    @Override
    public String kind() {
        return "executive_summary";
    }
}
