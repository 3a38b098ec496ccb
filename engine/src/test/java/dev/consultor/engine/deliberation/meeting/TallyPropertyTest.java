package dev.consultor.engine.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.advisor.BoardRole;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TallyPropertyTest {
    static final List<BoardRole> SEATS =
            List.of(BoardRole.CHAIR, BoardRole.CFO, BoardRole.CRO, BoardRole.CMO, BoardRole.ANALYST);

    @Property(tries = 500)
    void theOutcomeFollowsTheVotesAndTheChairBreaksTies(@ForAll("ballots") List<VoteChoice> choices) {
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

    @Provide
    Arbitrary<List<VoteChoice>> ballots() {
        return Arbitraries.of(VoteChoice.class).list().ofSize(5);
    }
}
