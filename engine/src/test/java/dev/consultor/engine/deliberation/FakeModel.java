package dev.consultor.engine.deliberation;

import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.Intent;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A deterministic model for tests: answers each request from its typed intent and records every request. */
public final class FakeModel implements LanguageModel {
    private final Function<Intent, String> answers;
    private final boolean generative;
    private final List<ModelRequest> requests = new CopyOnWriteArrayList<>();

    public FakeModel(Function<Intent, String> answers) {
        this(answers, true);
    }

    public FakeModel(Function<Intent, String> answers, boolean generative) {
        this.answers = answers;
        this.generative = generative;
    }

    @Override
    public ModelInfo info() {
        return new ModelInfo("fake", "fake-model", "Fake model", generative);
    }

    @Override
    public Completion complete(ModelRequest request) {
        requests.add(request);
        return new Completion(
                answers.apply(request.intent()), new TokenUsage(100, 50, 0, 0), Duration.ofMillis(1), "fake-model");
    }

    public List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    public long calls(String stage) {
        return requests.stream().filter(r -> r.stage().equals(stage)).count();
    }
}
