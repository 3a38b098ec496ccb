package dev.consultor.app;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.AdvisorIntent;
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
import java.util.Set;

/** Answers every advisor with one fixed, valid report in the brief's language; fails the advisors it is told to. */
final class FakeModel implements LanguageModel {
    private final Set<String> failing;

    FakeModel(Set<String> failing) {
        this.failing = Set.copyOf(failing);
    }

    static FakeModel answeringAll() {
        return new FakeModel(Set.of());
    }

    @Override
    public ModelInfo info() {
        return new ModelInfo("offline", "offline-playbook", "Fake playbook engine", false);
    }

    @Override
    public Completion complete(ModelRequest request) {
        if (failing.contains(request.role())) {
            throw new ModelException(
                    ModelException.Kind.UNREACHABLE, "the fake model \u001b[31mrefuses\u001b[0m " + request.role());
        }
        boolean portuguese =
                ((AdvisorIntent) request.intent()).brief().language().isPortuguese();
        return new Completion(
                Json.write(report(portuguese)), new TokenUsage(1_200, 300, 0, 0), Duration.ZERO, "offline-playbook");
    }

    private static AgentReport report(boolean portuguese) {
        String summary =
                portuguese ? "As vendas caíram por perda de conversão." : "Sales fell because conversion dropped.";
        return new AgentReport(
                "",
                summary,
                List.of(new Hypothesis(portuguese ? "Conversão em queda" : "Conversion is falling", 0.7, List.of())),
                List.of(new Recommendation(
                        "",
                        portuguese ? "Revisar o funil" : "Review the funnel",
                        "",
                        List.of(Stance.INVEST),
                        Horizon.IMMEDIATE,
                        new Cost(Level.LOW, 15_000.0),
                        Level.HIGH,
                        "CRO",
                        0.6,
                        List.of(),
                        "")),
                List.of(new Risk(portuguese ? "Concorrência" : "Competition", 3, 3, "", "")),
                List.of(new Kpi(portuguese ? "Conversão" : "Conversion", "%", 5.2, 7.5, 90, Direction.INCREASE)),
                List.of(),
                null);
    }
}
