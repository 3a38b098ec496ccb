package dev.consultor.engine.deliberation;

import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.model.LanguageModel;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires a {@link ModelCaller} around a model for stage tests. */
public final class Harness implements AutoCloseable {
    public final CallBudget budget;
    public final Ledger ledger = new Ledger();
    public final ModelCaller caller;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public Harness(LanguageModel model, int maxCalls) {
        budget = new CallBudget(maxCalls, 1_000_000);
        caller = new ModelCaller(model, EngineSettings.defaults(), budget, ledger, executor);
    }

    public static Brief brief(Language language, Depth depth) {
        String problem = language.isPortuguese()
                ? "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua aquecido, mas nossos concorrentes"
                        + " estão crescendo. Qual pode ser a causa raiz e como devemos responder estrategicamente?"
                : "Our sales fell 20% over the last 3 months while competitors keep growing. What is the root cause"
                        + " and how should we respond?";
        return new Brief(
                problem, BusinessType.B2B, depth, language, List.of(), List.of(), LocalDate.of(2026, 3, 2), null);
    }

    @Override
    public void close() {
        executor.close();
    }
}
