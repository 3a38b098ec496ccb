package dev.consultor.engine.deliberation.meeting;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The anonymised peer review: each reviewer ranked the others' top recommendations under neutral labels, in an
 * order shuffled for that reviewer; the Borda count of those rankings is the standing the chair sees. The
 * mapping of labels to recommendations is kept per ballot and shown only with the result.
 */
public record PeerReview(List<Ballot> ballots, List<Standing> standings) {
    public PeerReview {
        ballots = List.copyOf(ballots);
        standings = List.copyOf(standings);
    }

    /**
     * @param shown the labels in the order the reviewer saw them
     * @param labels label to recommendation id, revealed after the ranking
     * @param ranking the reviewer's labels, best first
     */
    public record Ballot(
            String reviewer, List<String> shown, Map<String, String> labels, List<String> ranking, String rationale) {
        public Ballot {
            Objects.requireNonNull(reviewer, "reviewer");
            shown = List.copyOf(shown);
            labels = Map.copyOf(labels);
            ranking = List.copyOf(ranking);
            rationale = rationale == null ? "" : rationale;
        }
    }

    /** One recommendation's aggregate: its Borda points and rank (1 is best). */
    public record Standing(String recommendationId, String advisor, String title, int points, int rank) {
        public Standing {
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(advisor, "advisor");
            Objects.requireNonNull(title, "title");
        }
    }
}
