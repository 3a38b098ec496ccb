package dev.consultor.llm.openai;

import dev.consultor.llm.provider.ModelRouting;
import dev.consultor.llm.provider.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible Chat Completions server (OpenAI, Ollama, vLLM, llama.cpp, LM Studio, ...).
 *
 * @param baseUrl the API root including {@code /v1}, e.g. {@code http://localhost:11434/v1}
 * @param apiKey sent as a bearer token; null or blank for local servers that need none
 * @param jsonSchema ask for {@code response_format: json_schema}; servers that reject it are asked again with
 *     plain JSON instructions, and remembered
 */
public record OpenAiSettings(
        String baseUrl,
        String apiKey,
        ModelRouting models,
        Duration callTimeout,
        Duration connectTimeout,
        RetryPolicy retry,
        int breakerThreshold,
        Duration breakerCoolDown,
        boolean jsonSchema) {

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    public OpenAiSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : stripSlash(baseUrl);
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(retry, "retry");
        if (breakerThreshold < 1) throw new IllegalArgumentException("breakerThreshold must be positive");
        Objects.requireNonNull(breakerCoolDown, "breakerCoolDown");
    }

    public static OpenAiSettings defaults(String baseUrl, String apiKey, String model) {
        return new OpenAiSettings(
                baseUrl,
                apiKey,
                ModelRouting.single(model == null || model.isBlank() ? DEFAULT_MODEL : model),
                Duration.ofSeconds(180),
                Duration.ofSeconds(10),
                RetryPolicy.defaults(),
                5,
                Duration.ofSeconds(30),
                true);
    }

    public OpenAiSettings withModels(ModelRouting routing) {
        return new OpenAiSettings(
                baseUrl,
                apiKey,
                routing,
                callTimeout,
                connectTimeout,
                retry,
                breakerThreshold,
                breakerCoolDown,
                jsonSchema);
    }

    public OpenAiSettings withCallTimeout(Duration timeout) {
        return new OpenAiSettings(
                baseUrl, apiKey, models, timeout, connectTimeout, retry, breakerThreshold, breakerCoolDown, jsonSchema);
    }

    public OpenAiSettings withBreaker(int threshold, Duration coolDown) {
        return new OpenAiSettings(
                baseUrl, apiKey, models, callTimeout, connectTimeout, retry, threshold, coolDown, jsonSchema);
    }

    public OpenAiSettings withPerRole(Map<String, String> perRole) {
        return withModels(new ModelRouting(models.defaultModel(), models.chairModel(), perRole));
    }

    static String stripSlash(String url) {
        String u = url.strip();
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", models=" + models + ", key=" + (apiKey == null ? "none" : "set")
                + "]";
    }
}
