package dev.consultor.llm.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.ObjectMappers;
import com.anthropic.core.Timeout;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Usage;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.TokenUsage;
import dev.consultor.llm.provider.CircuitBreaker;
import dev.consultor.llm.provider.ModelRouting;
import dev.consultor.llm.provider.PrefixWarmup;
import dev.consultor.llm.provider.ProviderFailure;
import dev.consultor.llm.provider.ProviderHealth;
import dev.consultor.llm.provider.Resilience;
import dev.consultor.llm.provider.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The engine's model port on Anthropic's Messages API, through the official SDK with its retries off: our
 * {@link Resilience} is the one retry layer and circuit breaker. Requests are laid out for prompt caching (see
 * {@link AnthropicRequests}); answers arrive as the input of a forced tool call; with a delta consumer the
 * answer is streamed and its JSON fragments are passed on as they arrive. A model that refuses to answer with
 * thinking off (a 400 about thinking) is asked again once, offered the tool after thinking, and so from then on;
 * that second request is a different request, not a retry of the first.
 */
public final class AnthropicModel implements LanguageModel, ProviderHealth.Reporting {
    private final AnthropicClient client;
    private final AnthropicSettings settings;
    private final Resilience resilience;
    private final PrefixWarmup warmup;
    private final Clock clock;
    /** Models that refused to answer with thinking off; they are offered the tool after thinking. */
    private final Set<String> thinkingModels = ConcurrentHashMap.newKeySet();

    AnthropicModel(AnthropicClient client, AnthropicSettings settings, Resilience resilience, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.resilience = resilience;
        this.warmup = PrefixWarmup.defaults(settings.callTimeout());
        this.clock = clock;
    }

    public static AnthropicModel create(AnthropicSettings settings) {
        return create(settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** With the clock the breaker and {@code retry-after} dates use and the sleeper between attempts. */
    public static AnthropicModel create(AnthropicSettings settings, Clock clock, Sleeper sleeper) {
        AnthropicClient client = AnthropicOkHttpClient.builder()
                .apiKey(settings.apiKey())
                .baseUrl(settings.baseUrl())
                .maxRetries(0)
                .timeout(Timeout.builder()
                        .connect(settings.connectTimeout())
                        .read(settings.callTimeout())
                        .request(settings.callTimeout())
                        .build())
                .build();
        var breaker = new CircuitBreaker("anthropic", settings.breakerThreshold(), settings.breakerCoolDown(), clock);
        var resilience =
                new Resilience(settings.retry(), breaker, settings.callTimeout().plusSeconds(5), sleeper);
        return new AnthropicModel(client, settings, resilience, clock);
    }

    @Override
    public ModelInfo info() {
        ModelRouting models = settings.models();
        String label = models.chairModel().equals(models.defaultModel())
                ? "Anthropic " + models.defaultModel()
                : "Anthropic " + models.defaultModel() + " (chair: " + models.chairModel() + ")";
        return new ModelInfo("anthropic", models.defaultModel(), label, true);
    }

    @Override
    public ProviderHealth health() {
        return resilience.health();
    }

    @Override
    public Completion complete(ModelRequest request) throws InterruptedException {
        return call(request, null);
    }

    @Override
    public Completion complete(ModelRequest request, Consumer<String> onDelta) throws InterruptedException {
        return call(request, onDelta);
    }

    private Completion call(ModelRequest request, Consumer<String> onDelta) throws InterruptedException {
        String model = settings.models().modelFor(request.role());
        String toolName = AnthropicRequests.toolName(request);
        List<Integer> breakpoints = AnthropicRequests.sharedBreakpoints(request, settings.models());
        int through = breakpoints.isEmpty() ? -1 : breakpoints.getLast();
        boolean warm = settings.warmSharedPrefix()
                && through >= 0
                && AnthropicRequests.sharedPrefixMayBeCached(request, model, through);
        String prefixKey = warm ? AnthropicRequests.sharedPrefixKey(request, model, through) : "";
        Optional<Runnable> started = warm ? warmup.awaitTurn(prefixKey) : Optional.empty();
        Runnable onStarted = started.orElse(() -> {});
        long t0 = System.nanoTime();
        boolean ok = false;
        try {
            boolean thinking = thinkingModels.contains(model);
            Answer answer = null;
            while (answer == null) { // at most twice: as the model was last known to answer, then thinking
                try {
                    answer = send(
                            AnthropicRequests.build(request, model, settings.strictTools(), thinking, breakpoints),
                            model,
                            toolName,
                            onDelta,
                            onStarted);
                } catch (ModelException e) {
                    if (thinking || !refusesToAnswerWithoutThinking(e)) throw e;
                    // This model will not answer with thinking off: offer the tool from now on, once per model.
                    thinkingModels.add(model);
                    thinking = true;
                }
            }
            ok = true;
            return new Completion(
                    answer.content(),
                    answer.usage(),
                    Duration.ofNanos(System.nanoTime() - t0),
                    ModelRouting.canonical(answer.model(), model));
        } finally {
            if (started.isPresent() && !ok) warmup.forget(prefixKey);
            onStarted.run();
        }
    }

    record Answer(String content, TokenUsage usage, String model) {}

    private Answer send(
            MessageCreateParams params, String model, String toolName, Consumer<String> onDelta, Runnable onStarted)
            throws InterruptedException {
        return resilience.call(() -> onDelta == null
                ? once(params, model, toolName, onStarted)
                : streamed(params, model, toolName, onDelta, onStarted));
    }

    /**
     * A 400 about thinking: forced tool use was refused because the model thinks (Anthropic: "Thinking may not be
     * enabled when tool_choice forces tool use"), or the request to turn thinking off was refused.
     */
    static boolean refusesToAnswerWithoutThinking(ModelException e) {
        return e.kind() == ModelException.Kind.INVALID_REQUEST
                && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("thinking");
    }

    private Answer once(MessageCreateParams params, String model, String toolName, Runnable onStarted)
            throws ProviderFailure {
        Message message;
        try {
            message = client.messages().create(params);
        } catch (RuntimeException e) {
            throw AnthropicErrors.classify(e, model, settings.baseUrl(), clock);
        }
        onStarted.run();
        refusedOrCut(message.stopReason().orElse(null));
        return new Answer(
                content(message, toolName),
                usage(message.usage()),
                message.model().asString());
    }

    private Answer streamed(
            MessageCreateParams params, String model, String toolName, Consumer<String> onDelta, Runnable onStarted)
            throws ProviderFailure {
        var stream = new StreamAssembler(toolName, onDelta, onStarted);
        try (var events = client.messages().createStreaming(params)) {
            events.stream().forEach(stream::accept);
        } catch (RuntimeException e) {
            throw AnthropicErrors.classify(e, model, settings.baseUrl(), clock);
        }
        if (!stream.complete()) {
            throw new ProviderFailure(
                    ModelException.Kind.INVALID_RESPONSE, true, "the answer stream from Anthropic ended early");
        }
        refusedOrCut(stream.stopReason());
        return new Answer(stream.content(), stream.usage(), stream.model());
    }

    /** A refusal is final; a cut-off answer goes back to the engine, whose repair attempt says what went wrong. */
    private static void refusedOrCut(StopReason reason) throws ProviderFailure {
        if (StopReason.REFUSAL.equals(reason)) {
            throw new ProviderFailure(
                    ModelException.Kind.REFUSED, false, "the model declined to answer this request (refusal)");
        }
    }

    static String content(Message message, String toolName) {
        for (ContentBlock block : message.content()) {
            if (block.isToolUse() && block.asToolUse().name().equals(toolName)) {
                return json(block.asToolUse()._input());
            }
        }
        // No tool call (the model answered in prose): hand the text over, the engine asks again with the error.
        var text = new StringBuilder();
        for (ContentBlock block : message.content()) {
            block.text().ifPresent(t -> text.append(t.text()));
        }
        return text.toString();
    }

    static String json(JsonValue value) {
        try {
            return ObjectMappers.jsonMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("tool input cannot be written as JSON", e);
        }
    }

    static TokenUsage usage(Usage usage) {
        return new TokenUsage(
                usage.inputTokens(),
                usage.outputTokens(),
                usage.cacheReadInputTokens().orElse(0L),
                usage.cacheCreationInputTokens().orElse(0L));
    }
}
