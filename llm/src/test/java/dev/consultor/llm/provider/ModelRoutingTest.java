package dev.consultor.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelRoutingTest {
    @Test
    void theSpecialistsShareTheDefaultModelAndTheChairIsAloneOnAStrongerOne() {
        var routing = new ModelRouting("claude-haiku-5-5", "claude-sonnet-5-5", Map.of());

        assertThat(routing.sharesModel("analyst")).isTrue();
        assertThat(routing.sharesModel("financial")).isTrue();
        assertThat(routing.sharesModel("reviewer")).isFalse();
    }

    @Test
    void everyoneSharesASingleModel() {
        var routing = ModelRouting.single("claude-sonnet-4-5");

        assertThat(routing.sharesModel("reviewer")).isTrue();
        assertThat(routing.sharesModel("analyst")).isTrue();
    }

    @Test
    void anAdvisorMovedToTheChairsModelSharesItWithTheChair() {
        var routing = new ModelRouting(
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                Map.of("financial", "claude-sonnet-5-5", "market", "claude-opus-5-5"));

        assertThat(routing.sharesModel("financial")).isTrue();
        assertThat(routing.sharesModel("reviewer")).isTrue();
        // Alone on Opus: no one else reads its prefix.
        assertThat(routing.sharesModel("market")).isFalse();
        assertThat(routing.sharesModel("analyst")).isTrue();
    }

    @Test
    void aChairMovedOntoTheDefaultModelSharesIt() {
        var routing = new ModelRouting("claude-haiku-5-5", "claude-sonnet-5-5", Map.of("reviewer", "claude-haiku-5-5"));

        assertThat(routing.sharesModel("reviewer")).isTrue();
    }

    @Test
    void aPrefixIsSharedOnlyWithTheReadersOnTheSameModel() {
        var routing = new ModelRouting("claude-haiku-5-5", "claude-sonnet-5-5", Map.of());

        // The commercial report is read next by the chair alone, on Sonnet: not worth Haiku's cache.
        assertThat(routing.sharesModelWith("financial", Set.of("reviewer"))).isFalse();
        assertThat(routing.sharesModelWith("commercial", Set.of("market", "reviewer")))
                .isTrue();
        assertThat(routing.sharesModelWith("commercial", Set.of("commercial"))).isFalse();
        // No readers named: any other seat on the model.
        assertThat(routing.sharesModelWith("financial", Set.of())).isTrue();
        assertThat(routing.sharesModelWith("reviewer", Set.of())).isFalse();
        assertThat(ModelRouting.single("claude-sonnet-5-5").sharesModelWith("financial", Set.of("reviewer")))
                .isTrue();
    }
}
