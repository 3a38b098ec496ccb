package dev.consultor.bench;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
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
import java.util.function.Function;

/** A model that waits a fixed time per role and answers with a small valid report: scheduling cost only. */
final class LatencyModel implements LanguageModel {
    private static final String ANSWER = Json.write(new AgentReport(
            "",
            "Benchmark report.",
            List.of(new Hypothesis("A cause", 0.5, List.of())),
            List.of(new Recommendation(
                    "",
                    "An action",
                    "",
                    List.of(Stance.INVEST),
                    Horizon.SHORT_TERM,
                    Cost.of(Level.LOW),
                    Level.MEDIUM,
                    "CEO",
                    0.5,
                    List.of(),
                    "")),
            List.of(new Risk("A risk", 2, 2, "", "")),
            List.of(new Kpi("revenue", "BRL", null, 1, 30, Direction.INCREASE)),
            List.of(),
            null));

    private final Function<String, Duration> latency;

    LatencyModel(Function<String, Duration> latency) {
        this.latency = latency;
    }

    @Override
    public ModelInfo info() {
        return new ModelInfo("bench", "latency", "Latency-only benchmark model", false);
    }

    @Override
    public Completion complete(ModelRequest request) throws InterruptedException {
        Duration wait = latency.apply(request.role());
        Thread.sleep(wait);
        return new Completion(ANSWER, TokenUsage.NONE, wait, "latency");
    }
}
