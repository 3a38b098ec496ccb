package dev.consultor.app;

import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.PriceTable;
import dev.consultor.llm.InvalidLlmConfiguration;
import dev.consultor.llm.LanguageModels;
import dev.consultor.llm.LlmConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The language models the CLI can run: the offline playbook engine (the default) or a provider configured by
 * the environment and the command line.
 */
@FunctionalInterface
interface Models {
    String OFFLINE = "offline";

    /** The offline playbook model, answering after {@code latency} per call. */
    LanguageModel offline(Duration latency);

    static Models builtIn() {
        return OfflineModel::create;
    }

    /**
     * A model and the prices its usage is costed with.
     *
     * @param unpriced configured hosted models the price table does not know, whose calls would cost USD 0
     */
    record Chosen(LanguageModel model, PriceTable prices, List<String> unpriced) {}

    /**
     * The model {@code provider} names (or {@code CONSULTOR_LLM_PROVIDER} when null), with {@code llmModel}
     * overriding the provider's default model.
     */
    default Chosen choose(String provider, String llmModel, Duration latency, Map<String, String> variables) {
        try {
            LlmConfig config = LlmConfig.fromEnvironment(variables);
            if (provider != null) config = config.withProvider(LlmConfig.Provider.parse(provider));
            if (llmModel != null) config = config.withModel(llmModel);
            PriceTable prices = LanguageModels.prices(config);
            return new Chosen(
                    LanguageModels.create(config, () -> offline(latency)),
                    prices,
                    LanguageModels.unpriced(config, prices));
        } catch (InvalidLlmConfiguration | IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        }
    }
}
