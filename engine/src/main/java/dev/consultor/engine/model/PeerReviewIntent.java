package dev.consultor.engine.model;

import dev.consultor.engine.brief.Brief;
import java.util.List;
import java.util.Objects;

/**
 * An anonymised peer review: the reviewer ranks the other advisors' top recommendations, shown under neutral
 * labels in an order shuffled for this reviewer, without knowing whose each one is.
 */
public record PeerReviewIntent(Brief brief, String reviewer, List<Candidate> candidates) implements Intent {

    public PeerReviewIntent {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(reviewer, "reviewer");
        candidates = List.copyOf(candidates);
    }

    /**
     * A recommendation under its label ("A", "B", ...), stripped of its author.
     *
     * @param stances lower-case stance names, e.g. "invest"
     */
    public record Candidate(
            String label,
            String title,
            String rationale,
            List<String> stances,
            String horizon,
            String cost,
            Double costAmount,
            String impact,
            double confidence) {
        public Candidate {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(title, "title");
            rationale = rationale == null ? "" : rationale;
            stances = List.copyOf(stances);
        }
    }
}
