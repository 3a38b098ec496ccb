package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import java.util.List;
import java.util.Objects;

/**
 * The count of one proposal's votes and what follows from it: approved with more approvals than rejections,
 * rejected with more rejections; on a tie the chair's vote decides (the casting rule), and a chair who abstained
 * leaves the status quo, so the proposal is rejected.
 */
public record Tally(String proposalId, int approve, int reject, int abstain, boolean castingVote, boolean approved) {
    public Tally {
        Objects.requireNonNull(proposalId, "proposalId");
    }

    public static Tally of(String proposalId, List<Vote> votes) {
        int approve = 0, reject = 0, abstain = 0;
        VoteChoice chair = VoteChoice.ABSTAIN;
        for (Vote v : votes) {
            if (!v.proposalId().equals(proposalId)) continue;
            switch (v.choice()) {
                case APPROVE -> approve++;
                case REJECT -> reject++;
                case ABSTAIN -> abstain++;
            }
            if (v.role() == BoardRole.CHAIR) chair = v.choice();
        }
        if (approve != reject) return new Tally(proposalId, approve, reject, abstain, false, approve > reject);
        return new Tally(proposalId, approve, reject, abstain, true, chair == VoteChoice.APPROVE);
    }
}
