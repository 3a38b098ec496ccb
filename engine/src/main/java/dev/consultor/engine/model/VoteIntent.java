package dev.consultor.engine.model;

import dev.consultor.engine.brief.Brief;
import java.util.List;
import java.util.Objects;

/**
 * One board member's ballot: a vote (approve, reject or abstain) with a one-line rationale on every proposal.
 *
 * @param boardRole the member's seat, e.g. "cfo", "chair"
 * @param ownStances lower-case stance names the member's own recommendations take
 * @param budgetCeiling the member's budget ceiling when it set one, else null
 */
public record VoteIntent(
        Brief brief,
        String member,
        String boardRole,
        List<String> ownStances,
        Double budgetCeiling,
        List<Motion> proposals)
        implements Intent {

    public VoteIntent {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(boardRole, "boardRole");
        ownStances = List.copyOf(ownStances);
        proposals = List.copyOf(proposals);
    }

    /**
     * A proposal put to the vote.
     *
     * @param proposedBy the advisor whose recommendation or position it carries
     * @param stances lower-case stance names it takes
     * @param costAmount its estimated cost in the brief's currency, or null
     */
    public record Motion(
            String id,
            String title,
            String description,
            String proposedBy,
            List<String> stances,
            Double costAmount,
            String ownerRole,
            String successMetric) {
        public Motion {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            description = description == null ? "" : description;
            proposedBy = proposedBy == null ? "" : proposedBy;
            stances = List.copyOf(stances);
            ownerRole = ownerRole == null ? "" : ownerRole;
            successMetric = successMetric == null ? "" : successMetric;
        }
    }
}
