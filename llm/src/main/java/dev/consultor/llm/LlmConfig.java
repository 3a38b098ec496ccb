package dev.consultor.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which language model answers and how to reach it, read from the environment:
 *
 * <ul>
 *   <li>{@code CONSULTOR_LLM_PROVIDER}: offline (default) | anthropic | openai
 *   <li>{@code CONSULTOR_LLM_MODEL}: the model of every advisor; unset, Anthropic uses claude-haiku-5-5 for the
 *       specialists and claude-sonnet-5-5 for the chair
 *   <li>{@code CONSULTOR_LLM_CHAIR_MODEL}: the reviewer's model; {@code CONSULTOR_LLM_MODEL_<ROLE>} (e.g.
 *       {@code CONSULTOR_LLM_MODEL_FINANCIAL}): one advisor's model
 *   <li>{@code ANTHROPIC_API_KEY}, {@code ANTHROPIC_BASE_URL}; {@code OPENAI_BASE_URL} (default
 *       https://api.openai.com/v1), {@code OPENAI_API_KEY} (optional for local servers)
 *   <li>{@code CONSULTOR_LLM_TIMEOUT}: seconds one attempt may take (default 120)
 *   <li>{@code CONSULTOR_PRICES}: a properties file of prices merged over the built-in table
 * </ul>
 *
 * @param model the model of every advisor, or null for the provider's defaults
 * @param chairModel the reviewer's model, or null
 * @param perRole models by roster id
 */
public record LlmConfig(
        Provider provider,
        String model,
        String chairModel,
        Map<String, String> perRole,
        String anthropicApiKey,
        String anthropicBaseUrl,
        String openAiBaseUrl,
        String openAiApiKey,
        Duration callTimeout,
        Path pricesFile) {

    public enum Provider {
        OFFLINE,
        ANTHROPIC,
        OPENAI;

        public static Provider parse(String value) {
            if (value == null || value.isBlank()) return OFFLINE;
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "offline", "playbook" -> OFFLINE;
                case "anthropic", "claude" -> ANTHROPIC;
                case "openai", "openai-compatible", "ollama" -> OPENAI;
                default ->
                    throw new InvalidLlmConfiguration(
                            "unknown language model provider '" + value + "': choose offline, anthropic or openai");
            };
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String ROLE_PREFIX = "CONSULTOR_LLM_MODEL_";

    public LlmConfig {
        Objects.requireNonNull(provider, "provider");
        model = blankToNull(model);
        chairModel = blankToNull(chairModel);
        perRole = Map.copyOf(perRole);
        anthropicApiKey = blankToNull(anthropicApiKey);
        anthropicBaseUrl = blankToNull(anthropicBaseUrl);
        openAiBaseUrl = blankToNull(openAiBaseUrl);
        openAiApiKey = blankToNull(openAiApiKey);
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new InvalidLlmConfiguration("the model call timeout must be positive");
        }
    }

    public static LlmConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static LlmConfig fromEnvironment(Map<String, String> env) {
        var perRole = new HashMap<String, String>();
        env.forEach((name, value) -> {
            if (name.startsWith(ROLE_PREFIX) && value != null && !value.isBlank()) {
                perRole.put(name.substring(ROLE_PREFIX.length()).toLowerCase(Locale.ROOT), value.strip());
            }
        });
        return new LlmConfig(
                Provider.parse(env.get("CONSULTOR_LLM_PROVIDER")),
                env.get("CONSULTOR_LLM_MODEL"),
                env.get("CONSULTOR_LLM_CHAIR_MODEL"),
                perRole,
                env.get("ANTHROPIC_API_KEY"),
                env.get("ANTHROPIC_BASE_URL"),
                env.get("OPENAI_BASE_URL"),
                env.get("OPENAI_API_KEY"),
                timeout(env.get("CONSULTOR_LLM_TIMEOUT")),
                Optional.ofNullable(blankToNull(env.get("CONSULTOR_PRICES")))
                        .map(Path::of)
                        .orElse(null));
    }

    /** This configuration with the provider chosen on the command line ({@code --model}). */
    public LlmConfig withProvider(Provider chosen) {
        return new LlmConfig(
                chosen,
                model,
                chairModel,
                perRole,
                anthropicApiKey,
                anthropicBaseUrl,
                openAiBaseUrl,
                openAiApiKey,
                callTimeout,
                pricesFile);
    }

    /** This configuration with every advisor on one model ({@code --llm-model}). */
    public LlmConfig withModel(String name) {
        return new LlmConfig(
                provider,
                name,
                chairModel,
                perRole,
                anthropicApiKey,
                anthropicBaseUrl,
                openAiBaseUrl,
                openAiApiKey,
                callTimeout,
                pricesFile);
    }

    public Optional<Path> prices() {
        return Optional.ofNullable(pricesFile);
    }

    private static Duration timeout(String seconds) {
        if (seconds == null || seconds.isBlank()) return Duration.ofSeconds(120);
        try {
            return Duration.ofSeconds(Long.parseLong(seconds.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidLlmConfiguration(
                    "CONSULTOR_LLM_TIMEOUT must be a number of seconds, not '" + seconds + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "LlmConfig[provider=" + provider.id() + ", model=" + model + ", chairModel=" + chairModel + ", perRole="
                + perRole + ", anthropicKey=" + (anthropicApiKey == null ? "unset" : "set") + ", openAiBaseUrl="
                + openAiBaseUrl + ", openAiKey=" + (openAiApiKey == null ? "unset" : "set") + "]";
    }
}
