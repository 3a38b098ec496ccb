package dev.consultor.llm.anthropic;

import dev.consultor.llm.provider.ModelRouting;
import dev.consultor.llm.provider.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Anthropic.
 *
 * @param baseUrl the API's root without {@code /v1}, e.g. {@code https://api.anthropic.com}
 * @param callTimeout the longest one attempt may take; the engine bounds the whole call too
 * @param breakerThreshold failed attempts in a row that open the circuit breaker
 * @param strictTools ask for strict tool use (grammar-constrained input); off by default because models and
 *     schema keywords that strict mode does not support are rejected with a 400, while the engine validates and
 *     repairs answers anyway
 * @param warmSharedPrefix let the first call with a new shared prefix go alone so the others read it from the cache
 */
public record AnthropicSettings(
        String apiKey,
        String baseUrl,
        ModelRouting models,
        Duration callTimeout,
        Duration connectTimeout,
        RetryPolicy retry,
        int breakerThreshold,
        Duration breakerCoolDown,
        boolean strictTools,
        boolean warmSharedPrefix) {

    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    public static final String DEFAULT_MODEL = "claude-haiku-5-5";
    public static final String DEFAULT_CHAIR_MODEL = "claude-sonnet-5-5";

    public AnthropicSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) throw new IllegalArgumentException("the Anthropic API key is blank");
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : stripSlash(baseUrl);
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(retry, "retry");
        if (breakerThreshold < 1) throw new IllegalArgumentException("breakerThreshold must be positive");
        Objects.requireNonNull(breakerCoolDown, "breakerCoolDown");
    }

    /** Haiku for the specialists, Sonnet for the chair, three attempts, a breaker after five failures. */
    public static AnthropicSettings defaults(String apiKey) {
        return new AnthropicSettings(
                apiKey,
                DEFAULT_BASE_URL,
                new ModelRouting(DEFAULT_MODEL, DEFAULT_CHAIR_MODEL, java.util.Map.of()),
                Duration.ofSeconds(120),
                Duration.ofSeconds(10),
                RetryPolicy.defaults(),
                5,
                Duration.ofSeconds(30),
                false,
                true);
    }

    public AnthropicSettings withBaseUrl(String url) {
        return new AnthropicSettings(
                apiKey,
                url,
                models,
                callTimeout,
                connectTimeout,
                retry,
                breakerThreshold,
                breakerCoolDown,
                strictTools,
                warmSharedPrefix);
    }

    public AnthropicSettings withModels(ModelRouting routing) {
        return new AnthropicSettings(
                apiKey,
                baseUrl,
                routing,
                callTimeout,
                connectTimeout,
                retry,
                breakerThreshold,
                breakerCoolDown,
                strictTools,
                warmSharedPrefix);
    }

    public AnthropicSettings withCallTimeout(Duration timeout) {
        return new AnthropicSettings(
                apiKey,
                baseUrl,
                models,
                timeout,
                connectTimeout,
                retry,
                breakerThreshold,
                breakerCoolDown,
                strictTools,
                warmSharedPrefix);
    }

    public AnthropicSettings withBreaker(int threshold, Duration coolDown) {
        return new AnthropicSettings(
                apiKey,
                baseUrl,
                models,
                callTimeout,
                connectTimeout,
                retry,
                threshold,
                coolDown,
                strictTools,
                warmSharedPrefix);
    }

    public AnthropicSettings withWarmSharedPrefix(boolean warm) {
        return new AnthropicSettings(
                apiKey,
                baseUrl,
                models,
                callTimeout,
                connectTimeout,
                retry,
                breakerThreshold,
                breakerCoolDown,
                strictTools,
                warm);
    }

    public AnthropicSettings withStrictTools(boolean strict) {
        return new AnthropicSettings(
                apiKey,
                baseUrl,
                models,
                callTimeout,
                connectTimeout,
                retry,
                breakerThreshold,
                breakerCoolDown,
                strict,
                warmSharedPrefix);
    }

    static String stripSlash(String url) {
        String u = url.strip();
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    @Override
    public String toString() {
        // The key stays out of logs.
        return "AnthropicSettings[baseUrl=" + baseUrl + ", models=" + models + ", callTimeout=" + callTimeout + "]";
    }
}
