package dev.consultor.llm.openai;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.TokenUsage;
import dev.consultor.llm.provider.CircuitBreaker;
import dev.consultor.llm.provider.ModelRouting;
import dev.consultor.llm.provider.ProviderFailure;
import dev.consultor.llm.provider.ProviderFailures;
import dev.consultor.llm.provider.ProviderHealth;
import dev.consultor.llm.provider.Resilience;
import dev.consultor.llm.provider.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The engine's model port on an OpenAI-compatible Chat Completions server, over the JDK's HTTP client.
 *
 * <p>Why not an SDK: the official openai-java SDK is not available from the registries this project builds
 * from, and LangChain4j brings its own retry layer and model abstraction on top of ours while hiding the status
 * codes and error bodies that the retry rules and the {@code response_format} fallback read. The wire format is
 * small and stable; the JDK client is interruptible and needs no extra dependency.
 *
 * <p>Structured output: {@code response_format: json_schema} first. A server that rejects it with a 400 naming
 * it (older llama.cpp, some gateways) is asked again at once with the schema in plain instructions, and the base
 * URL is remembered so later calls go straight to instructions. The engine validates every answer and repairs
 * once either way.
 */
public final class OpenAiCompatibleModel implements LanguageModel, ProviderHealth.Reporting {
    private static final String PROVIDER = "the OpenAI-compatible server";
    private static final Pattern SCHEMA_UNSUPPORTED =
            Pattern.compile("response_format|json_schema|structured output", Pattern.CASE_INSENSITIVE);
    /** Base URLs whose servers rejected {@code response_format: json_schema}. */
    private static final Set<String> WITHOUT_SCHEMA = ConcurrentHashMap.newKeySet();
    /** Base URL and model pairs that want {@code max_completion_tokens} instead of {@code max_tokens}. */
    private static final Set<String> COMPLETION_TOKENS = ConcurrentHashMap.newKeySet();

    private final OpenAiSettings settings;
    private final HttpClient http;
    private final Resilience resilience;
    private final Clock clock;

    OpenAiCompatibleModel(OpenAiSettings settings, HttpClient http, Resilience resilience, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.resilience = resilience;
        this.clock = clock;
    }

    public static OpenAiCompatibleModel create(OpenAiSettings settings) {
        return create(settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    public static OpenAiCompatibleModel create(OpenAiSettings settings, Clock clock, Sleeper sleeper) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        var breaker = new CircuitBreaker(
                "openai-compatible at " + settings.baseUrl(),
                settings.breakerThreshold(),
                settings.breakerCoolDown(),
                clock);
        var resilience =
                new Resilience(settings.retry(), breaker, settings.callTimeout().plusSeconds(5), sleeper);
        return new OpenAiCompatibleModel(settings, http, resilience, clock);
    }

    @Override
    public ModelInfo info() {
        String model = settings.models().defaultModel();
        return new ModelInfo("openai", model, model + " via " + settings.baseUrl(), true);
    }

    @Override
    public ProviderHealth health() {
        return resilience.health();
    }

    @Override
    public Completion complete(ModelRequest request) throws InterruptedException {
        String model = settings.models().modelFor(request.role());
        long t0 = System.nanoTime();
        Answer answer = resilience.call(() -> attempt(request, model));
        return new Completion(
                answer.content(),
                answer.usage(),
                Duration.ofNanos(System.nanoTime() - t0),
                ModelRouting.canonical(answer.model(), model));
    }

    /** Not streamed: the whole answer is passed on once it is in. */
    @Override
    public Completion complete(ModelRequest request, Consumer<String> onDelta) throws InterruptedException {
        Completion completion = complete(request);
        onDelta.accept(completion.content());
        return completion;
    }

    record Answer(String content, TokenUsage usage, String model) {}

    private Answer attempt(ModelRequest request, String model) throws ProviderFailure, InterruptedException {
        String server = settings.baseUrl();
        String serverModel = server + " " + model;
        HttpResponse<String> response;
        for (int adjusted = 0; ; adjusted++) {
            boolean schema = settings.jsonSchema() && !WITHOUT_SCHEMA.contains(server);
            boolean completionTokens = COMPLETION_TOKENS.contains(serverModel);
            response = post(ChatRequests.body(request, model, schema, completionTokens));
            if (response.statusCode() != 400 || adjusted >= 2) break;
            if (schema && SCHEMA_UNSUPPORTED.matcher(response.body()).find()) {
                WITHOUT_SCHEMA.add(server);
            } else if (!completionTokens && response.body().contains("max_completion_tokens")) {
                // Newer OpenAI models take the output budget only under its new name.
                COMPLETION_TOKENS.add(serverModel);
            } else {
                break;
            }
        }
        if (response.statusCode() / 100 != 2) throw failure(response, model);
        return parse(response.body(), model);
    }

    private HttpResponse<String> post(Map<String, Object> body) throws ProviderFailure, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/chat/completions"))
                .timeout(settings.callTimeout())
                .header("content-type", "application/json")
                .header("accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (settings.apiKey() != null) request.header("authorization", "Bearer " + settings.apiKey());
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw ProviderFailures.ofIo(PROVIDER, settings.baseUrl(), e);
        }
    }

    private ProviderFailure failure(HttpResponse<String> response, String model) {
        String type = "";
        String message = response.body();
        try {
            JsonNode error = Json.mapper().readTree(response.body()).path("error");
            if (error.isString()) {
                message = error.asString();
            } else if (error.isObject()) {
                message = error.path("message").asString("");
                type = error.path("code").isString()
                        ? error.path("code").asString()
                        : error.path("type").asString("");
            }
        } catch (JacksonException notJson) {
            // keep the raw body as the message
        }
        return ProviderFailures.ofStatus(
                PROVIDER,
                model,
                response.statusCode(),
                type,
                message,
                response.headers().firstValue("retry-after"),
                response.headers().firstValue("retry-after-ms"),
                clock);
    }

    private static Answer parse(String body, String model) throws ProviderFailure {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new ProviderFailure(
                    ModelException.Kind.INVALID_RESPONSE,
                    true,
                    PROVIDER + " sent a response that is not JSON (" + e.getOriginalMessage() + ")",
                    null,
                    e);
        }
        JsonNode choice = root.path("choices").path(0);
        JsonNode message = choice.path("message");
        if (choice.isMissingNode() || !message.isObject()) {
            throw new ProviderFailure(
                    ModelException.Kind.INVALID_RESPONSE, true, PROVIDER + " sent a response without a choice");
        }
        if (message.path("refusal").isString()
                || "content_filter".equals(choice.path("finish_reason").asString(""))) {
            throw new ProviderFailure(
                    ModelException.Kind.REFUSED,
                    false,
                    "the model declined to answer: " + message.path("refusal").asString("content filter"));
        }
        JsonNode usage = root.path("usage");
        long prompt = usage.path("prompt_tokens").asLong(0);
        long cached = usage.path("prompt_tokens_details").path("cached_tokens").asLong(0);
        var tokens = new TokenUsage(
                Math.max(0, prompt - cached), usage.path("completion_tokens").asLong(0), Math.min(cached, prompt), 0);
        return new Answer(
                message.path("content").asString(""), tokens, root.path("model").asString(model));
    }
}
