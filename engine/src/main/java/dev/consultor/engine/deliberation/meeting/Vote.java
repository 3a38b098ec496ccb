package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import java.util.Objects;

/** One member's vote on one proposal, with its one-line rationale. */
public record Vote(String proposalId, String member, BoardRole role, VoteChoice choice, String rationale) {
    public Vote {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(rationale, "rationale");
    }
}
