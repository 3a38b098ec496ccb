package dev.consultor.engine.deliberation.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Harness;
import dev.consultor.engine.deliberation.HistoryFixtures;
import org.junit.jupiter.api.Test;

class HistoryScorerTest {

    @Test
    void ranksByBusinessTypeSharedThemesAndRecencyAndKeepsTheTopThree() {
        var brief = Harness.brief(Language.EN, Depth.STANDARD).withHistory(HistoryFixtures.HISTORY);
        var precedents = HistoryScorer.score(brief);
        assertThat(precedents).extracting(Precedent::id).containsExactly("p1", "p2", "p3");
        assertThat(precedents.getFirst().sharedThemes()).containsExactlyInAnyOrder("falling-sales", "competition");
        assertThat(precedents.getFirst().sameBusinessType()).isTrue();
        assertThat(precedents).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void neverUsesFailedFutureOrUnrelatedConsultations() {
        var brief = Harness.brief(Language.EN, Depth.STANDARD).withHistory(HistoryFixtures.HISTORY);
        var ids = HistoryScorer.score(brief).stream().map(Precedent::id).toList();
        assertThat(ids).doesNotContain("failed", "future", "unrelated");
    }

    @Test
    void saysWhenAnEarlierDecisionBearsOnThisOne() {
        var brief = Harness.brief(Language.PT_BR, Depth.STANDARD).withHistory(HistoryFixtures.HISTORY);
        var precedents = HistoryScorer.score(brief);
        assertThat(precedents)
                .filteredOn(Precedent::bearsOnDecision)
                .extracting(Precedent::id)
                .containsExactly("p1", "p2");
        assertThat(precedents)
                .filteredOn(p -> p.id().equals("p3"))
                .singleElement()
                .satisfies(p -> assertThat(p.bearsOnDecision()).isFalse());
    }

    @Test
    void recognisesThemesInBothLanguages() {
        assertThat(Themes.of("Nossas vendas caíram 20% e os concorrentes cresceram"))
                .contains("falling-sales", "competition");
        assertThat(Themes.of("Monthly churn went from 5% to 8% and support complaints doubled"))
                .contains("churn", "support");
        assertThat(Themes.of("Queremos expandir para a Europa")).contains("expansion");
    }
}
