package dev.consultor.engine.deliberation;

import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.Usage;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;

/**
 * The deliberation stages' model calls: reserved against the {@link CallBudget}, bounded by the call timeout,
 * parsed into a typed answer and sent back once with the validation error (if the budget allows one more call),
 * and accounted per stage and advisor in the {@link Ledger}.
 */
public final class ModelCaller {
    private final LanguageModel model;
    private final EngineSettings settings;
    private final CallBudget budget;
    private final Ledger ledger;
    private final ExecutorService executor;

    public ModelCaller(
            LanguageModel model, EngineSettings settings, CallBudget budget, Ledger ledger, ExecutorService executor) {
        this.model = model;
        this.settings = settings;
        this.budget = budget;
        this.ledger = ledger;
        this.executor = executor;
    }

    public LanguageModel model() {
        return model;
    }

    /**
     * Runs the requests concurrently, all or none: empty when the budget cannot take every one of them.
     * Each answer is empty when its call failed or its answer stayed invalid.
     */
    public <T> Optional<List<Optional<T>>> all(List<ModelRequest> requests, Class<T> type) throws InterruptedException {
        if (requests.isEmpty()) return Optional.of(List.of());
        int maxTokens =
                requests.stream().mapToInt(ModelRequest::maxTokens).max().orElse(0);
        if (!budget.tryReserve(requests.size(), maxTokens)) return Optional.empty();
        var futures = new ArrayList<Future<Optional<T>>>();
        for (ModelRequest request : requests) futures.add(executor.submit(() -> answer(request, type)));
        var answers = new ArrayList<Optional<T>>();
        for (Future<Optional<T>> future : futures) {
            try {
                answers.add(future.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InterruptedException ie) throw ie;
                answers.add(Optional.empty());
            }
        }
        return Optional.of(answers);
    }

    /** One request; empty when the budget cannot take it. */
    public <T> Optional<Optional<T>> one(ModelRequest request, Class<T> type) throws InterruptedException {
        return all(List.of(request), type).map(List::getFirst);
    }

    private <T> Optional<T> answer(ModelRequest request, Class<T> type) throws InterruptedException {
        ModelRequest attempt = request;
        for (int round = 0; ; round++) {
            Completion completion;
            try {
                completion = callWithTimeout(attempt);
            } catch (ModelException e) {
                return Optional.empty();
            }
            Usage usage = new Usage(
                    1,
                    completion.usage(),
                    settings.prices().costUsd(completion.model(), completion.usage()),
                    completion.latency().toMillis());
            budget.tokens(usage);
            ledger.add(request.stage(), request.role(), usage);
            try {
                return Optional.of(Json.read(completion.json(), type));
            } catch (IllegalArgumentException | NullPointerException | JacksonException e) {
                if (round >= settings.repairAttempts() || !budget.tryReserve(1, request.maxTokens())) {
                    return Optional.empty();
                }
                attempt = request.withExtraContext(new ContextBlock(
                        "repair",
                        "Your previous answer was rejected: " + describe(e)
                                + ". Answer again with one complete JSON object that follows the schema.",
                        false));
            }
        }
    }

    private Completion callWithTimeout(ModelRequest request) throws InterruptedException {
        Future<Completion> call = executor.submit(() -> model.complete(request));
        try {
            return call.get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ModelException(ModelException.Kind.TIMEOUT, "the model did not answer in time");
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelException me) throw me;
            if (e.getCause() instanceof InterruptedException ie) throw ie;
            throw new ModelException(ModelException.Kind.OTHER, "the model call failed: " + e.getCause(), e);
        }
    }

    private static String describe(Exception e) {
        String message = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        if (message == null) message = e.getClass().getSimpleName();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
