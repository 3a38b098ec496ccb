package dev.consultor.engine;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.TokenUsage;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Cost;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Horizon;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import dev.consultor.engine.report.Stance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A deterministic fake model for engine tests: per-role latency, per-role behaviour, and a record of calls. */
final class ScriptedModel implements LanguageModel {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<ModelRequest> requests = new ConcurrentLinkedQueue<>();
    private final Function<String, Duration> latency;
    private final Function<ModelRequest, String> answer;

    ScriptedModel(Function<String, Duration> latency, Function<ModelRequest, String> answer) {
        this.latency = latency;
        this.answer = answer;
    }

    static ScriptedModel fixed(Duration latency) {
        return new ScriptedModel(role -> latency, request -> validReport(request.role()));
    }

    @Override
    public ModelInfo info() {
        return new ModelInfo("test", "scripted", "Scripted test model", false);
    }

    @Override
    public Completion complete(ModelRequest request) throws InterruptedException {
        calls.computeIfAbsent(request.role(), r -> new AtomicInteger()).incrementAndGet();
        requests.add(request);
        Duration wait = latency.apply(request.role());
        if (!wait.isZero()) Thread.sleep(wait);
        String content = answer.apply(request);
        if (content == null) throw new ModelException(ModelException.Kind.UNREACHABLE, "provider unreachable at test");
        return new Completion(content, new TokenUsage(1000, 200, 0, 0), wait, "scripted");
    }

    int callsOf(String role) {
        AtomicInteger count = calls.get(role);
        return count == null ? 0 : count.get();
    }

    static String validReport(String role) {
        return Json.write(new AgentReport(
                role,
                "Summary by " + role + ".",
                List.of(new Hypothesis("A cause seen by " + role, 0.6, List.of("evidence"))),
                List.of(new Recommendation(
                        "",
                        "Act on it (" + role + ")",
                        "because",
                        List.of(Stance.INVEST),
                        Horizon.SHORT_TERM,
                        new Cost(Level.MEDIUM, 1000.0),
                        Level.HIGH,
                        "CEO",
                        0.7,
                        List.of(),
                        "revenue")),
                List.of(new Risk("It may not work", 2, 3, "measure weekly", "CFO")),
                List.of(new Kpi("revenue", "BRL", 100.0, 120.0, 90, Direction.INCREASE)),
                List.of("data is current"),
                null));
    }
}
