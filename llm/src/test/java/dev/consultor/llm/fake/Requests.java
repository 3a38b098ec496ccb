package dev.consultor.llm.fake;

import dev.consultor.engine.advisor.PromptBuilder;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.report.AgentReport;
import java.time.LocalDate;
import java.util.Map;

/** Real requests, rendered by the engine's prompt builder. */
public final class Requests {
    public static final String PROBLEM = "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua aquecido, "
            + "mas nossos concorrentes estão crescendo. Qual pode ser a causa raiz e como devemos responder?";

    private Requests() {}

    public static Brief brief() {
        return Brief.of(PROBLEM, BusinessType.SAAS, Depth.STANDARD, LocalDate.of(2026, 11, 1));
    }

    public static ModelRequest of(String advisor) {
        return of(advisor, Map.of());
    }

    public static ModelRequest of(String advisor, Map<String, AgentReport> dependencies) {
        Roster roster = Roster.defaults();
        return new PromptBuilder(roster)
                .advisorRequest(roster.get(advisor), new AdvisorIntent(brief(), advisor, dependencies, Map.of()), 2048);
    }
}
