package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The original system's three scenarios, run end to end through the real engine with the playbook model. */
class PlaybookScenariosTest {
    private static final Consultation SALES =
            Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD));
    private static final Consultation EUROPE =
            Fixtures.run(Fixtures.brief(Fixtures.EUROPE, BusinessType.SAAS, Depth.STANDARD));
    private static final Consultation CHURN =
            Fixtures.run(Fixtures.brief(Fixtures.CHURN, BusinessType.SAAS, Depth.STANDARD));

    @Test
    void everyAdvisorAnswersEachScenario() {
        for (Consultation c : List.of(SALES, EUROPE, CHURN)) {
            assertThat(c.status()).as(c.errors().toString()).isEqualTo(ConsultationStatus.COMPLETED);
            assertThat(c.reports()).extracting(AgentReport::advisor).containsExactlyElementsOf(Fixtures.advisors());
        }
    }

    @Test
    void fallingSalesCitesTheDropAndItsPeriodAndTreatsCompetitionAsAFactor() {
        AgentReport analyst = Fixtures.report(SALES, "analyst");

        assertThat(analyst.summary()).contains("queda de 20% em 3 meses");
        assertThat(analyst.hypotheses())
                .anySatisfy(h -> assertThat(h.statement()).contains("20%"));
        assertThat(analyst.hypotheses())
                .anySatisfy(h -> assertThat(h.statement()).containsIgnoringCase("concorrentes"));
        assertThat(analyst.summary()).contains("ofensiva da concorrência");
        assertThat(Fixtures.report(SALES, "commercial").summary()).contains("20%", "3 meses");
        assertThat(Fixtures.report(SALES, "reviewer").summary()).contains("20%", "3 meses");
    }

    @Test
    void europeanExpansionCitesTheFiftyCustomersAndTheRegion() {
        AgentReport analyst = Fixtures.report(EUROPE, "analyst");

        assertThat(analyst.summary()).contains("50 clientes", "expandir para a Europa");
        assertThat(analyst.hypotheses())
                .anySatisfy(h -> assertThat(h.statement()).contains("50 clientes"));
        assertThat(Fixtures.text(EUROPE)).contains("GDPR", "Portugal", "pilotos pagos na Europa");
        assertThat(Fixtures.report(EUROPE, "financial").summary()).contains("50 clientes");
    }

    @Test
    void churnCitesBothRatesAndPointsAtSupport() {
        AgentReport analyst = Fixtures.report(CHURN, "analyst");

        assertThat(analyst.summary()).contains("de 5% para 8%", "6 meses", "60%");
        assertThat(analyst.hypotheses().get(0).statement()).contains("suporte");
        assertThat(Fixtures.report(CHURN, "financial").summary()).contains("8%", "63%");
        assertThat(Fixtures.report(CHURN, "analyst").kpis())
                .anySatisfy(
                        k -> assertThat(k).extracting(Kpi::name, Kpi::baseline).containsExactly("Churn mensal", 8.0));
    }

    @Test
    void theCommercialStrategistAnswersChurnWithRetentionAndEuropeWithTheExpansion() {
        var retention = java.util.regex.Pattern.compile(
                "(?i)customer success|suporte|support|onboarding|reconquista|win-back|contas saudáveis|healthy accounts");
        var expansion = java.util.regex.Pattern.compile(
                "(?i)europa|europe|novo mercado|new market|loca(l|is)|internaciona|international");
        for (Depth depth : Depth.values()) {
            for (String problem : List.of(Fixtures.CHURN, Fixtures.CHURN_EN)) {
                AgentReport commercial =
                        Fixtures.report(Fixtures.run(Fixtures.brief(problem, BusinessType.SAAS, depth)), "commercial");
                assertThat(commercial.recommendations())
                        .as(depth + " " + problem)
                        .allSatisfy(r -> assertThat(r.title())
                                .containsPattern(retention)
                                .doesNotContainPattern("(?i)aquisição|acquisition"));
            }
            for (String problem : List.of(Fixtures.EUROPE, Fixtures.EUROPE_EN)) {
                AgentReport commercial =
                        Fixtures.report(Fixtures.run(Fixtures.brief(problem, BusinessType.SAAS, depth)), "commercial");
                assertThat(commercial.recommendations())
                        .as(depth + " " + problem)
                        .allSatisfy(r -> assertThat(r.title()).containsPattern(expansion));
            }
        }
    }

    @Test
    void theScenariosGetMateriallyDifferentAnalyses() {
        for (String advisor : Fixtures.advisors()) {
            var sales = titles(Fixtures.report(SALES, advisor));
            var europe = titles(Fixtures.report(EUROPE, advisor));
            var churn = titles(Fixtures.report(CHURN, advisor));
            assertThat(overlap(sales, europe)).as(advisor + " sales/europe").isLessThanOrEqualTo(1);
            assertThat(overlap(sales, churn)).as(advisor + " sales/churn").isLessThanOrEqualTo(1);
            assertThat(overlap(europe, churn)).as(advisor + " europe/churn").isLessThanOrEqualTo(1);
        }
        assertThat(statements(Fixtures.report(SALES, "analyst")))
                .doesNotContainAnyElementsOf(statements(Fixtures.report(CHURN, "analyst")))
                .doesNotContainAnyElementsOf(statements(Fixtures.report(EUROPE, "analyst")));
    }

    @Test
    void theCommercialStrategistInvestsAndTheFinancialAnalystCapsItBelowTheAsk() {
        for (Consultation c : List.of(SALES, EUROPE, CHURN)) {
            AgentReport commercial = Fixtures.report(c, "commercial");
            AgentReport financial = Fixtures.report(c, "financial");
            double spend = commercial.recommendations().stream()
                    .mapToDouble(r -> r.cost().amount())
                    .sum();

            assertThat(commercial.recommendations())
                    .allSatisfy(r -> assertThat(r.stances()).contains(dev.consultor.engine.report.Stance.INVEST));
            assertThat(commercial.recommendations())
                    .allSatisfy(r -> assertThat(r.cost().amount()).isPositive());
            assertThat(financial.budgetCeiling()).isPositive().isLessThan(spend);
            assertThat(financial.recommendations())
                    .flatExtracting(Recommendation::stances)
                    .doesNotContain(dev.consultor.engine.report.Stance.INVEST)
                    .anyMatch(s -> commercial.recommendations().stream()
                            .flatMap(r -> r.stances().stream())
                            .anyMatch(s::opposes));
        }
    }

    @Test
    void theChairWeighsTheOthersPositionsAndRulesOnTheSequence() {
        AgentReport chair = Fixtures.report(SALES, "reviewer");
        AgentReport financial = Fixtures.report(SALES, "financial");
        Recommendation commercialTop =
                Fixtures.report(SALES, "commercial").recommendations().get(0);

        assertThat(chair.summary())
                .contains("Estrategista Comercial", "Analista Financeiro", "Decisão: primeiro")
                .contains(Numbers.money(financial.budgetCeiling(), "BRL", dev.consultor.engine.brief.Language.PT_BR));
        Recommendation decision = chair.recommendations().get(0);
        assertThat(decision.title()).contains(commercialTop.title());
        assertThat(decision.evidence()).contains("commercial-1: " + commercialTop.title());
        assertThat(decision.cost().amount()).isEqualTo(financial.budgetCeiling());
        // The diagnosis stays the analyst's: the chair does not write it out again.
        assertThat(chair.hypotheses()).isEmpty();
        assertThat(Fixtures.report(SALES, "analyst").hypotheses()).isNotEmpty();
    }

    @Test
    void aRateThatFellIsNotDescribedAsRising() {
        String summary =
                analystSummary("Nosso churn mensal caiu de 8% para 5% depois do novo onboarding; como manter?");

        assertThat(summary).contains("churn").doesNotContain("subiu", "mais clientes perdidos");
    }

    @Test
    void otherSituationsCiteTheirOwnFigures() {
        assertThat(analystSummary("Nosso caixa está apertado e só dura mais 4 meses; temos R$ 300 mil em caixa."))
                .contains("R$ 300 mil");
        assertThat(analystSummary("Queremos captar R$ 5 milhões numa rodada seed com investidores anjo."))
                .contains("R$ 5 milhões");
        assertThat(analystSummary("Vamos lançar um novo produto para clínicas no Q3 deste ano."))
                .contains("3º trimestre");
        assertThat(analystSummary("We are launching a new product line for clinics in Q3."))
                .contains("To launch in Q3");
        assertThat(analystSummary("Estamos pensando em reajustar o preço dos planos em 15% para novos clientes."))
                .contains("mudança de preço de 15%");
    }

    private static String analystSummary(String problem) {
        return Fixtures.report(Fixtures.run(Fixtures.brief(problem, BusinessType.SERVICES, Depth.QUICK)), "analyst")
                .summary();
    }

    private static Set<String> titles(AgentReport report) {
        return report.recommendations().stream().map(Recommendation::title).collect(Collectors.toSet());
    }

    private static Set<String> statements(AgentReport report) {
        return report.hypotheses().stream().map(Hypothesis::statement).collect(Collectors.toSet());
    }

    private static int overlap(Set<String> a, Set<String> b) {
        var common = new HashSet<>(a);
        common.retainAll(b);
        return common.size();
    }
}
