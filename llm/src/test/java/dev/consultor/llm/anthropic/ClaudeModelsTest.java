package dev.consultor.llm.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaudeModelsTest {
    @ParameterizedTest
    @CsvSource({
        "claude-haiku-4-5, 4096",
        "claude-haiku-4-5-20251001, 4096",
        "claude-sonnet-4-5, 1024",
        "claude-sonnet-4-5-20250929, 1024",
        "claude-sonnet-4-20250514, 1024",
        "claude-opus-4-6, 4096",
        "claude-opus-4-7, 2048",
        "claude-opus-4-8, 1024",
        "claude-sonnet-5, 1024",
        "claude-opus-5, 512",
        "claude-fable-5-1, 512",
        "claude-3-5-haiku-latest, 2048",
        "claude-3-haiku-20240307, 2048",
        "claude-3-7-sonnet-20250219, 1024",
        // Not in the documentation's list (yet): the smallest documented minimum, so a prefix is still warmed.
        "claude-haiku-5-5, 512",
        "claude-mythos-preview, 512",
        "llama3.1, 512"
    })
    void knowsEachModelsShortestCacheablePrefix(String model, long tokens) {
        assertThat(ClaudeModels.minimumCacheableTokens(model)).isEqualTo(tokens);
    }

    @ParameterizedTest
    @CsvSource({
        "claude-haiku-5-5, true",
        "claude-haiku-5-5-20261007, true",
        "claude-sonnet-5, true",
        "claude-sonnet-5-5, true",
        "claude-opus-5-5, true",
        "claude-fable-5-1, true",
        // Version 4.5 ends in "-5" too; it does not think unless asked.
        "claude-haiku-4-5, false",
        "claude-sonnet-4-5-20250929, false",
        "claude-opus-4-8, false",
        "claude-3-5-haiku-latest, false",
        "gpt-4o, false"
    })
    void knowsWhichModelsThinkUnlessToldNotTo(String model, boolean thinks) {
        assertThat(ClaudeModels.thinksByDefault(model)).isEqualTo(thinks);
    }
}
