package dev.consultor.engine.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Cases;
import dev.consultor.engine.advisor.BoardRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tally's rules over many random ballots of the five seats (see {@link Cases} for seeds and replay). */
class TallyPropertyTest {
    static final List<BoardRole> SEATS =
            List.of(BoardRole.CHAIR, BoardRole.CFO, BoardRole.CRO, BoardRole.CMO, BoardRole.ANALYST);

    @Test
    void theOutcomeFollowsTheVotesAndTheChairBreaksTies() {
        Cases.forAll(
                "the outcome follows the votes and the chair breaks ties",
                500,
                r -> Cases.listOf(r, 5, 5, x -> Cases.oneOf(x, VoteChoice.class)),
                TallyPropertyTest::check);
    }

    private static void check(List<VoteChoice> choices) {
        var votes = new ArrayList<Vote>();
        for (int i = 0; i < choices.size(); i++) {
            votes.add(new Vote("P1", SEATS.get(i).name(), SEATS.get(i), choices.get(i), "why"));
        }
        votes.add(new Vote("P2", "x", BoardRole.CFO, VoteChoice.REJECT, "another proposal's vote is not counted"));
        Tally tally = Tally.of("P1", votes);
        long approve = choices.stream().filter(c -> c == VoteChoice.APPROVE).count();
        long reject = choices.stream().filter(c -> c == VoteChoice.REJECT).count();
        assertThat(tally.approve() + tally.reject() + tally.abstain()).isEqualTo(choices.size());
        if (approve != reject) {
            assertThat(tally.approved()).isEqualTo(approve > reject);
            assertThat(tally.castingVote()).isFalse();
        } else {
            assertThat(tally.castingVote()).isTrue();
            assertThat(tally.approved()).isEqualTo(choices.getFirst() == VoteChoice.APPROVE);
        }
    }
}
