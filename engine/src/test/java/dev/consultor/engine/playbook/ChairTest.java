package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.advisor.PromptBuilder;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.PastConsultation;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.report.AgentReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The executive reviewer names what it did without and recalls what the company decided before. */
class ChairTest {
    private static final Brief SALES = Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD);

    @Test
    void theChairSaysWhichReportItDidNotHave() throws InterruptedException {
        Consultation full = Fixtures.run(SALES);
        Map<String, AgentReport> others = Map.of(
                "analyst", Fixtures.report(full, "analyst"),
                "commercial", Fixtures.report(full, "commercial"),
                "market", Fixtures.report(full, "market"));
        var roster = Roster.defaults();
        var intent = new AdvisorIntent(
                SALES, "reviewer", others, Map.of("financial", "the model did not answer within 120 s"));

        AgentReport chair = Json.read(
                new PlaybookModel()
                        .complete(new PromptBuilder(roster).advisorRequest(roster.get("reviewer"), intent, 4096))
                        .content(),
                AgentReport.class);

        assertThat(chair.summary()).contains("o relatório do Analista Financeiro não estava disponível");
        assertThat(chair.assumptions())
                .anySatisfy(a -> assertThat(a).contains("the model did not answer within 120 s"));
        assertThat(chair.recommendations().get(0).confidence())
                .isLessThan(Fixtures.report(full, "reviewer")
                        .recommendations()
                        .get(0)
                        .confidence());
    }

    @Test
    void whenAnAdvisorFailsTheChairNotesItInARealConsultation() {
        LanguageModel failingFinance = new LanguageModel() {
            private final PlaybookModel playbook = new PlaybookModel();

            @Override
            public ModelInfo info() {
                return playbook.info();
            }

            @Override
            public Completion complete(ModelRequest request) throws InterruptedException {
                if (request.role().equals("financial")) {
                    throw new ModelException(ModelException.Kind.OVERLOADED, "the provider is overloaded");
                }
                return playbook.complete(request);
            }
        };
        Consultation c = new ConsultationEngine(Roster.defaults(), failingFinance, EngineSettings.defaults())
                .run(SALES, e -> {});

        assertThat(c.status()).isEqualTo(ConsultationStatus.DEGRADED);
        AgentReport chair = Fixtures.report(c, "reviewer");
        assertThat(chair.summary()).contains("Analista Financeiro", "não estava disponível", "confiança reduzida");
        assertThat(chair.summary()).doesNotContain("Decisão: primeiro");
        assertThat(chair.recommendations().get(0).title()).contains("em fases curtas");
    }

    @Test
    void theFinancialAnalystWithoutTheCommercialPlanSaysSoAndStillSetsACeiling() throws InterruptedException {
        var roster = Roster.defaults();
        var intent = new AdvisorIntent(
                SALES,
                "financial",
                Map.of("analyst", Fixtures.report(Fixtures.run(SALES), "analyst")),
                Map.of("commercial", "timeout"));

        AgentReport financial = Json.read(
                new PlaybookModel()
                        .complete(new PromptBuilder(roster).advisorRequest(roster.get("financial"), intent, 4096))
                        .content(),
                AgentReport.class);

        assertThat(financial.summary()).contains("Sem o plano comercial", "Estrategista Comercial");
        assertThat(financial.budgetCeiling()).isPositive();
    }

    @Test
    void theChairRecallsTheMostRelevantEarlierDecision() {
        var history = List.of(
                new PastConsultation(
                        "c-101",
                        LocalDate.of(2025, 3, 10),
                        BusinessType.B2B,
                        List.of("international-expansion"),
                        "Expandir para o Chile?",
                        "Adiar a expansão para o Chile até 2026",
                        false),
                new PastConsultation(
                        "c-102",
                        LocalDate.of(2025, 6, 2),
                        BusinessType.B2B,
                        List.of("falling-sales"),
                        "Vendas caíram 10% no trimestre",
                        "Reestruturar o time de pré-vendas e rever a comissão",
                        false),
                new PastConsultation(
                        "c-103",
                        LocalDate.of(2025, 9, 1),
                        BusinessType.B2B,
                        List.of("falling-sales"),
                        "Vendas caíram de novo",
                        "Cortar metade da mídia paga",
                        true));

        AgentReport chair = Fixtures.report(Fixtures.run(SALES.withHistory(history)), "reviewer");

        assertThat(chair.summary())
                .contains("02/06/2025", "Reestruturar o time de pré-vendas e rever a comissão", "c-102")
                .doesNotContain("Cortar metade da mídia paga")
                .doesNotContain("Chile");
        assertThat(chair.recommendations().get(0).evidence())
                .anySatisfy(e -> assertThat(e).contains("c-102"));
    }

    @Test
    void aChairWithNoReportsAtAllStillAnswersInFull() throws InterruptedException {
        var roster = Roster.defaults();
        var brief = Fixtures.brief(Fixtures.CHURN, BusinessType.SAAS, Depth.DEEP);
        var intent = new AdvisorIntent(brief, "reviewer", Map.of(), Map.of());

        AgentReport chair = Json.read(
                new PlaybookModel()
                        .complete(new PromptBuilder(roster).advisorRequest(roster.get("reviewer"), intent, 4096))
                        .content(),
                AgentReport.class);

        // Hypotheses are the analyst's and the market specialist's; the chair rules on actions.
        assertThat(chair.hypotheses()).isEmpty();
        assertThat(chair.recommendations()).hasSize(Depth.DEEP.recommendations());
        assertThat(chair.risks()).hasSize(Depth.DEEP.risks());
        assertThat(chair.kpis()).hasSize(Depth.DEEP.kpis());
        assertThat(chair.summary()).contains("de 5% para 8%").doesNotContain("Decisão: primeiro");
    }

    @Test
    void withoutHistoryThereIsNoPrecedent() {
        assertThat(Fixtures.report(Fixtures.run(SALES), "reviewer").summary()).doesNotContain("Precedente");
    }
}
