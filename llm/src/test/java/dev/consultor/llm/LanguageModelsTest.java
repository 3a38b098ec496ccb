package dev.consultor.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelPrice;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.PriceTable;
import dev.consultor.llm.anthropic.AnthropicSettings;
import dev.consultor.llm.fake.AnthropicReplies;
import dev.consultor.llm.fake.FakeProvider;
import dev.consultor.llm.fake.OpenAiReplies;
import dev.consultor.llm.fake.Reports;
import dev.consultor.llm.fake.Requests;
import dev.consultor.llm.provider.ProviderHealth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageModelsTest {

    private static final LanguageModel OFFLINE = new LanguageModel() {
        @Override
        public ModelInfo info() {
            return new ModelInfo("offline", "offline-playbook", "Offline playbook", false);
        }

        @Override
        public Completion complete(ModelRequest request) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void staysOfflineWhenNothingIsConfigured() {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of("ANTHROPIC_API_KEY", "sk-ant"));

        assertThat(LanguageModels.create(config)).isEmpty();
        assertThat(LanguageModels.create(config, () -> OFFLINE)).isSameAs(OFFLINE);
        assertThat(LanguageModels.health(OFFLINE)).isEmpty();
    }

    @Test
    void explainsAMissingAnthropicKey() {
        var config = LlmConfig.fromEnvironment(Map.of("CONSULTOR_LLM_PROVIDER", "anthropic"));

        assertThatThrownBy(() -> LanguageModels.create(config))
                .isInstanceOf(InvalidLlmConfiguration.class)
                .hasMessageContaining("set ANTHROPIC_API_KEY");
    }

    @Test
    void rejectsAnUnknownProviderByName() {
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("CONSULTOR_LLM_PROVIDER", "gemini")))
                .isInstanceOf(InvalidLlmConfiguration.class)
                .hasMessageContaining("'gemini'")
                .hasMessageContaining("offline, anthropic or openai");
    }

    @Test
    void putsTheSpecialistsOnHaikuAndTheChairOnSonnetByDefault() {
        var model = LanguageModels.create(LlmConfig.fromEnvironment(
                        Map.of("CONSULTOR_LLM_PROVIDER", "anthropic", "ANTHROPIC_API_KEY", "sk-ant")))
                .orElseThrow();

        assertThat(model.info().provider()).isEqualTo("anthropic");
        assertThat(model.info().model()).isEqualTo("claude-haiku-5-5");
        assertThat(model.info().label()).contains("chair: claude-sonnet-5-5");
        assertThat(LanguageModels.health(model))
                .hasValueSatisfying(h -> assertThat(h.state()).isEqualTo(ProviderHealth.State.CLOSED));
    }

    @Test
    void routesModelsFromTheEnvironmentAndTheCommandLine() throws Exception {
        try (var fake = FakeProvider.start()) {
            fake.otherwise(r -> AnthropicReplies.toolAnswer("x", Reports.valid("x"), AnthropicReplies.Tokens.of(1, 1)));
            var config = LlmConfig.fromEnvironment(Map.of(
                            "ANTHROPIC_API_KEY", "sk-ant",
                            "ANTHROPIC_BASE_URL", fake.baseUrl(),
                            "CONSULTOR_LLM_MODEL_FINANCIAL", "claude-opus-4-5"))
                    .withProvider(LlmConfig.Provider.parse("anthropic"))
                    .withModel("claude-sonnet-4-5");
            LanguageModel model = LanguageModels.create(config).orElseThrow();

            model.complete(Requests.of("analyst"));
            model.complete(Requests.of("reviewer"));
            model.complete(Requests.of("financial"));

            assertThat(fake.requests())
                    .extracting(r -> r.json().get("model").asString())
                    .containsExactly("claude-sonnet-4-5", "claude-sonnet-4-5", "claude-opus-4-5");
        }
    }

    @Test
    void pointsTheOpenAiAdapterAtALocalServer() throws Exception {
        try (var fake = FakeProvider.start()) {
            fake.otherwise(r -> OpenAiReplies.chat("llama3.1", Reports.valid("x"), 1, 1, 0));
            var config = LlmConfig.fromEnvironment(Map.of(
                    "CONSULTOR_LLM_PROVIDER", "openai",
                    "OPENAI_BASE_URL", fake.baseUrl() + "/v1",
                    "CONSULTOR_LLM_MODEL", "llama3.1"));

            LanguageModels.create(config).orElseThrow().complete(Requests.of("analyst"));

            assertThat(fake.last().path()).isEqualTo("/v1/chat/completions");
            assertThat(fake.last().json().get("model").asString()).isEqualTo("llama3.1");
        }
    }

    @Test
    void asksForTheModelALocalServerShouldRun() {
        var config = LlmConfig.fromEnvironment(
                Map.of("CONSULTOR_LLM_PROVIDER", "openai", "OPENAI_BASE_URL", "http://localhost:11434/v1"));

        assertThatThrownBy(() -> LanguageModels.create(config))
                .isInstanceOf(InvalidLlmConfiguration.class)
                .hasMessageContaining("--llm-model");
    }

    @Test
    void mergesConfiguredPricesOverTheBuiltInTable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("prices.properties");
        Files.writeString(file, "llama3.1 = 0.2, 0.6, 0, 0\nclaude-haiku-4-5 = 2, 10, 2.5, 0.2\n");

        PriceTable prices =
                LanguageModels.prices(LlmConfig.fromEnvironment(Map.of("CONSULTOR_PRICES", file.toString())));

        assertThat(prices.priceOf("llama3.1")).isEqualTo(new ModelPrice(0.2, 0.6, 0, 0));
        assertThat(prices.priceOf("claude-haiku-4-5")).isEqualTo(new ModelPrice(2, 10, 2.5, 0.2));
        assertThat(prices.priceOf("claude-sonnet-4-5"))
                .isEqualTo(PriceTable.defaults().priceOf("claude-sonnet-4-5"));
    }

    @Test
    void pricesTheDefaultModelsAtTheirListPrices() {
        PriceTable prices = PriceTable.defaults();
        // A consultation on the default routing must never be reported as free for want of a price.
        assertThat(prices.knows(AnthropicSettings.DEFAULT_MODEL)).isTrue();
        assertThat(prices.knows(AnthropicSettings.DEFAULT_CHAIR_MODEL)).isTrue();
        var million = new dev.consultor.engine.model.TokenUsage(1_000_000, 1_000_000, 1_000_000, 1_000_000);
        // Haiku 5.5: 0.10 input + 0.50 output + 0.01 cache read + 0.125 cache write, per million tokens.
        assertThat(prices.costUsd("claude-haiku-5-5", million)).isCloseTo(0.735, within(1e-9));
        assertThat(prices.costUsd("claude-sonnet-5-5", million)).isCloseTo(14.70, within(1e-9));
    }

    @Test
    void namesTheConfiguredHostedModelsThatHaveNoPrice() {
        PriceTable prices = PriceTable.defaults();
        var anthropic = Map.of("CONSULTOR_LLM_PROVIDER", "anthropic", "ANTHROPIC_API_KEY", "sk-ant");

        assertThat(LanguageModels.unpriced(LlmConfig.fromEnvironment(anthropic), prices))
                .isEmpty();
        var newer = new java.util.HashMap<>(anthropic);
        newer.put("CONSULTOR_LLM_CHAIR_MODEL", "claude-opus-9");
        newer.put("CONSULTOR_LLM_MODEL_FINANCIAL", "claude-sonnet-9");
        assertThat(LanguageModels.unpriced(LlmConfig.fromEnvironment(newer), prices))
                .containsExactly("claude-opus-9", "claude-sonnet-9");
        // OpenAI itself bills by the token; a local server does not, whatever its model is called.
        assertThat(LanguageModels.unpriced(
                        LlmConfig.fromEnvironment(Map.of(
                                "CONSULTOR_LLM_PROVIDER", "openai",
                                "OPENAI_API_KEY", "sk",
                                "CONSULTOR_LLM_MODEL", "gpt-9")),
                        prices))
                .containsExactly("gpt-9");
        assertThat(LanguageModels.unpriced(
                        LlmConfig.fromEnvironment(Map.of(
                                "CONSULTOR_LLM_PROVIDER", "openai",
                                "OPENAI_BASE_URL", "http://localhost:11434/v1",
                                "CONSULTOR_LLM_MODEL", "llama3.1")),
                        prices))
                .isEmpty();
        assertThat(LanguageModels.unpriced(LlmConfig.fromEnvironment(Map.of()), prices))
                .isEmpty();
    }

    @Test
    void explainsABadPriceLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("prices.properties");
        Files.writeString(file, "llama3.1 = 0.2, 0.6\n");

        assertThatThrownBy(() ->
                        LanguageModels.prices(LlmConfig.fromEnvironment(Map.of("CONSULTOR_PRICES", file.toString()))))
                .isInstanceOf(InvalidLlmConfiguration.class)
                .hasMessageContaining("llama3.1 needs 4 numbers");
    }

    @Test
    void keepsKeysOutOfItsDescription() {
        var config = LlmConfig.fromEnvironment(Map.of("ANTHROPIC_API_KEY", "sk-ant-secret"));

        assertThat(config.toString()).doesNotContain("sk-ant-secret");
    }
}
