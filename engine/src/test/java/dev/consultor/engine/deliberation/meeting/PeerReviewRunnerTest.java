package dev.consultor.engine.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Board5;
import dev.consultor.engine.deliberation.FakeModel;
import dev.consultor.engine.deliberation.Harness;
import dev.consultor.engine.model.PeerReviewIntent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerReviewRunnerTest {

    static PeerReview review(FakeModel model) throws InterruptedException {
        try (var harness = new Harness(model, 10)) {
            return new PeerReviewRunner(harness.caller, Harness.brief(Language.EN, Depth.DEEP), Roster.defaults(), 256)
                    .run(Board5.reports())
                    .orElseThrow();
        }
    }

    @Test
    void eachAdvisorRanksTheOthersTopRecommendationsWithoutSeeingWhoseTheyAre() throws InterruptedException {
        var model = new FakeModel(Board5::answer);
        PeerReview review = review(model);
        assertThat(review.ballots())
                .extracting(PeerReview.Ballot::reviewer)
                .containsExactlyInAnyOrder("analyst", "commercial", "market", "financial");
        for (PeerReview.Ballot ballot : review.ballots()) {
            assertThat(ballot.shown()).hasSize(3).containsExactly("A", "B", "C");
            assertThat(ballot.labels().values())
                    .doesNotContain(ballot.reviewer() + "-1")
                    .hasSize(3);
        }
        assertThat(model.requests()).allSatisfy(r -> {
            var intent = (PeerReviewIntent) r.intent();
            assertThat(r.context().getLast().text()).doesNotContain("\"advisor\"", "commercial-1", "financial-1");
            assertThat(intent.candidates())
                    .extracting(PeerReviewIntent.Candidate::label)
                    .containsExactly("A", "B", "C");
        });
    }

    @Test
    void theOrderShownIsShuffledPerReviewerAndTheSameOnEveryRun() throws InterruptedException {
        PeerReview first = review(new FakeModel(Board5::answer));
        PeerReview second = review(new FakeModel(Board5::answer));
        assertThat(first.ballots()).isEqualTo(second.ballots());
        // The same recommendation does not always come first: reviewers see different orders.
        var firstShown = first.ballots().stream()
                .map(b -> b.labels().get("A"))
                .distinct()
                .count();
        var positions = new HashMap<String, Integer>();
        for (PeerReview.Ballot b : first.ballots())
            b.labels().forEach((label, id) -> positions.merge(id + label, 1, Integer::sum));
        assertThat(firstShown + positions.size()).isGreaterThan(4);
    }

    @Test
    void aggregatesTheRankingsByBordaCount() throws InterruptedException {
        // Every reviewer ranks by label, so "A" gets 2 points, "B" 1, "C" 0 from each ballot.
        PeerReview review = review(new FakeModel(Board5::answer));
        Map<String, Integer> expected = new HashMap<>();
        for (PeerReview.Ballot b : review.ballots()) {
            List<String> ranking = b.ranking();
            for (int i = 0; i < ranking.size(); i++)
                expected.merge(b.labels().get(ranking.get(i)), ranking.size() - 1 - i, Integer::sum);
        }
        assertThat(review.standings())
                .allSatisfy(s -> assertThat(s.points()).isEqualTo(expected.get(s.recommendationId())));
        assertThat(review.standings()).extracting(PeerReview.Standing::rank).containsExactly(1, 2, 3, 4);
        assertThat(review.standings()).isSortedAccordingTo((a, b) -> Integer.compare(b.points(), a.points()));
        assertThat(review.standings().stream()
                        .mapToInt(PeerReview.Standing::points)
                        .sum())
                .isEqualTo(4 * 3);
    }

    @Test
    void aRankingThatLeavesLabelsOutIsCompletedInShownOrder() {
        assertThat(PeerReviewRunner.complete(List.of("c", "Z", "C"), List.of("A", "B", "C")))
                .containsExactly("C", "A", "B");
    }
}
