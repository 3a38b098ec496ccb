package dev.consultor.engine;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.report.AgentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One advisor's model call: bounded by the call timeout, parsed into a typed report, and sent back once with
 * the validation error when the answer does not parse.
 */
final class AdvisorCall {
    private final LanguageModel model;
    private final EngineSettings settings;
    private final ExecutorService executor;
    private final AtomicInteger repairsLeft;

    AdvisorCall(LanguageModel model, EngineSettings settings, ExecutorService executor) {
        this(model, settings, executor, new AtomicInteger(Integer.MAX_VALUE));
    }

    /** @param repairsLeft repair calls the whole analysis may still make, shared by the advisors */
    AdvisorCall(LanguageModel model, EngineSettings settings, ExecutorService executor, AtomicInteger repairsLeft) {
        this.model = model;
        this.settings = settings;
        this.executor = executor;
        this.repairsLeft = repairsLeft;
    }

    /** The report and what it cost, or a failure carrying the cost of the attempts made. */
    sealed interface Result {}

    /** @param adopted the ids of colleagues' recommendations the advisor backs as they are, as it named them */
    record Answered(AgentReport report, List<String> adopted, Usage usage) implements Result {}

    record Unanswered(String cause, String kind, Usage usage) implements Result {}

    Result run(ModelRequest request, Consumer<String> onDelta) throws InterruptedException {
        Usage spent = Usage.NONE;
        ModelRequest attempt = request;
        for (int round = 0; ; round++) {
            Completion completion;
            try {
                completion = callWithTimeout(attempt, onDelta);
            } catch (ModelException e) {
                return new Unanswered(e.getMessage(), kindName(e.kind()), spent);
            }
            spent = spent.plus(usageOf(completion));
            try {
                JsonNode answer = Json.mapper().readTree(completion.json());
                if (!answer.isObject()) throw new IllegalArgumentException("the answer is not a JSON object");
                AgentReport report = Json.mapper().treeToValue(answer, AgentReport.class);
                return new Answered(report.attributedTo(request.role()), adopted(answer), spent);
            } catch (IllegalArgumentException | JacksonException e) {
                String problem = describe(e);
                if (round >= settings.repairAttempts() || repairsLeft.getAndDecrement() <= 0) {
                    return new Unanswered(
                            "the model's answer was not a valid report: " + problem, "invalid_response", spent);
                }
                attempt = request.withExtraContext(new ContextBlock(
                        "repair",
                        "Your previous answer was rejected: " + problem
                                + ". Answer again with one complete JSON object that follows the schema.",
                        false));
            }
        }
    }

    private Completion callWithTimeout(ModelRequest request, Consumer<String> onDelta) throws InterruptedException {
        Future<Completion> call = executor.submit(() -> model.complete(request, onDelta));
        try {
            return call.get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ModelException(
                    ModelException.Kind.TIMEOUT,
                    "the model did not answer within " + settings.callTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelException me) throw me;
            if (cause instanceof InterruptedException ie) throw ie;
            throw new ModelException(ModelException.Kind.OTHER, "the model call failed: " + cause, cause);
        }
    }

    private Usage usageOf(Completion completion) {
        return new Usage(
                1,
                completion.usage(),
                settings.prices().costUsd(completion.model(), completion.usage()),
                completion.latency().toMillis());
    }

    /** The ids in the answer's {@code adopted} list; anything else there carries no id and is passed over. */
    static List<String> adopted(JsonNode answer) {
        var ids = new ArrayList<String>();
        for (JsonNode id : answer.path("adopted").values()) {
            if (id.isString() && !id.asString().isBlank()) ids.add(id.asString().strip());
        }
        return List.copyOf(ids);
    }

    private static String describe(Exception e) {
        String message = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        if (message == null) message = e.getClass().getSimpleName();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    static String kindName(ModelException.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
