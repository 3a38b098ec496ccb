package dev.consultor.llm;

import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.PriceTable;
import dev.consultor.llm.anthropic.AnthropicModel;
import dev.consultor.llm.anthropic.AnthropicSettings;
import dev.consultor.llm.openai.OpenAiCompatibleModel;
import dev.consultor.llm.openai.OpenAiSettings;
import dev.consultor.llm.provider.ModelRouting;
import dev.consultor.llm.provider.ProviderHealth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the language model a configuration names. The offline model lives in the engine, so it is passed in:
 *
 * <pre>{@code
 * LlmConfig config = LlmConfig.fromEnvironment().withProvider(Provider.parse(cliModel)).withModel(cliLlmModel);
 * LanguageModel model = LanguageModels.create(config, PlaybookModel::new);
 * PriceTable prices = LanguageModels.prices(config);
 * }</pre>
 */
public final class LanguageModels {
    private LanguageModels() {}

    /**
     * The hosted or local model the configuration names, or empty when it names the offline model.
     *
     * @throws InvalidLlmConfiguration when something the provider needs is missing, e.g. the Anthropic key
     */
    public static Optional<LanguageModel> create(LlmConfig config) {
        return switch (config.provider()) {
            case OFFLINE -> Optional.empty();
            case ANTHROPIC -> Optional.of(anthropic(config));
            case OPENAI -> Optional.of(openAi(config));
        };
    }

    /** The configured model, or the offline one from {@code offline}. */
    public static LanguageModel create(LlmConfig config, Supplier<? extends LanguageModel> offline) {
        return create(config).orElseGet(offline);
    }

    /** The circuit-breaker state of a model that talks to a provider, for health reports. */
    public static Optional<ProviderHealth> health(LanguageModel model) {
        return model instanceof ProviderHealth.Reporting reporting ? Optional.of(reporting.health()) : Optional.empty();
    }

    /**
     * The built-in price table with the configured file's prices added or replaced. The file has the engine's
     * format: {@code model = input, output, cache write, cache read} in USD per million tokens.
     */
    public static PriceTable prices(LlmConfig config) {
        PriceTable table = PriceTable.defaults();
        if (config.prices().isEmpty()) return table;
        var file = config.prices().get();
        try (InputStream in = Files.newInputStream(file)) {
            return table.with(PriceTable.parse(in));
        } catch (IOException e) {
            throw new InvalidLlmConfiguration("cannot read the price file " + file + " (CONSULTOR_PRICES): " + e);
        } catch (IllegalArgumentException e) {
            throw new InvalidLlmConfiguration(file + ": " + e.getMessage());
        }
    }

    /**
     * The configured models of a hosted provider that the price table does not know: their calls would be costed
     * at USD 0. A local OpenAI-compatible server costs nothing per token, so its models are never listed.
     */
    public static List<String> unpriced(LlmConfig config, PriceTable prices) {
        ModelRouting routing = switch (config.provider()) {
            case OFFLINE -> null;
            case ANTHROPIC -> anthropicRouting(config);
            case OPENAI ->
                openAiItself(openAiBaseUrl(config)) ? openAiRouting(config, OpenAiSettings.DEFAULT_MODEL) : null;
        };
        if (routing == null) return List.of();
        var models = new LinkedHashSet<String>();
        models.add(routing.defaultModel());
        models.add(routing.chairModel());
        models.addAll(routing.perRole().values());
        return models.stream().filter(m -> !prices.knows(m)).toList();
    }

    static AnthropicModel anthropic(LlmConfig config) {
        if (config.anthropicApiKey() == null) {
            throw new InvalidLlmConfiguration("the anthropic provider needs an API key: set ANTHROPIC_API_KEY (or run"
                    + " with the offline model)");
        }
        AnthropicSettings defaults = AnthropicSettings.defaults(config.anthropicApiKey());
        return AnthropicModel.create(defaults.withBaseUrl(config.anthropicBaseUrl())
                .withModels(anthropicRouting(config))
                .withCallTimeout(config.callTimeout()));
    }

    private static ModelRouting anthropicRouting(LlmConfig config) {
        String model = config.model() == null ? AnthropicSettings.DEFAULT_MODEL : config.model();
        String chair = config.chairModel() != null
                ? config.chairModel()
                : config.model() != null ? config.model() : AnthropicSettings.DEFAULT_CHAIR_MODEL;
        return new ModelRouting(model, chair, config.perRole());
    }

    private static ModelRouting openAiRouting(LlmConfig config, String defaultModel) {
        String model = config.model() == null ? defaultModel : config.model();
        return new ModelRouting(model, config.chairModel() == null ? model : config.chairModel(), config.perRole());
    }

    private static String openAiBaseUrl(LlmConfig config) {
        return config.openAiBaseUrl() == null ? OpenAiSettings.DEFAULT_BASE_URL : config.openAiBaseUrl();
    }

    private static boolean openAiItself(String baseUrl) {
        return baseUrl.contains("api.openai.com");
    }

    static OpenAiCompatibleModel openAi(LlmConfig config) {
        String baseUrl = openAiBaseUrl(config);
        boolean openAiItself = openAiItself(baseUrl);
        if (config.model() == null && !openAiItself) {
            throw new InvalidLlmConfiguration("name the model the server at " + baseUrl + " should run: set"
                    + " CONSULTOR_LLM_MODEL or pass --llm-model (e.g. llama3.1)");
        }
        if (config.openAiApiKey() == null && openAiItself) {
            throw new InvalidLlmConfiguration(
                    "the OpenAI API needs a key: set OPENAI_API_KEY, or point" + " OPENAI_BASE_URL at a local server");
        }
        var settings = OpenAiSettings.defaults(baseUrl, config.openAiApiKey(), config.model())
                .withCallTimeout(config.callTimeout());
        return OpenAiCompatibleModel.create(
                settings.withModels(openAiRouting(config, settings.models().defaultModel())));
    }
}
