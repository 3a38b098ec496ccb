package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Cases;
import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.advisor.Section;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Kpi;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever the problem, business type, depth and language, every advisor answers with a report the engine accepts
 * and exactly the depth's counts (KPIs: up to them, for an advisor naming its colleagues'), and the financial
 * ceiling stays below the commercial ask.
 */
class PlaybookDepthPropertyTest {
    /** Each case runs the whole engine offline, a few milliseconds each; the space has 546 combinations. */
    private static final int CASES = 500;

    private static final List<String> PROBLEMS = List.of(
            Fixtures.FALLING_SALES,
            Fixtures.EUROPE,
            Fixtures.CHURN,
            Fixtures.FALLING_SALES_EN,
            "Nosso caixa está apertado e só dura mais 4 meses; temos R$ 300 mil em caixa.",
            "Our margins are being squeezed because supplier costs rose 12% in Q2.",
            "Estamos pensando em reajustar o preço dos planos em 15% para novos clientes.",
            "We are launching a new product line for small businesses in Q3.",
            "Um novo concorrente entrou com preço 30% menor e está roubando nossos clientes.",
            "We doubled in a year and now have a delivery backlog and an overloaded team of 40 employees.",
            "Queremos captar R$ 5 milhões numa rodada seed com investidores anjo.",
            "Gostaria de uma avaliação geral da empresa e dos próximos passos.",
            "Quero vender mais.");

    @Test
    void everyAdvisorGivesExactlyTheDepthsCounts() {
        Cases.forAll(
                "every advisor gives exactly the depth's counts",
                CASES,
                r -> new Brief(
                        Cases.oneOf(r, PROBLEMS),
                        Cases.oneOf(r, BusinessType.class),
                        Cases.oneOf(r, Depth.class),
                        Cases.oneOf(r, Language.class),
                        List.of(),
                        List.of(),
                        Fixtures.AS_OF,
                        null),
                PlaybookDepthPropertyTest::check);
    }

    private static void check(Brief brief) {
        Depth depth = brief.depth();
        Consultation c = Fixtures.run(brief);

        assertThat(c.status()).as(c.errors().toString()).isEqualTo(ConsultationStatus.COMPLETED);
        for (AgentReport report : c.reports()) {
            // Each advisor gives the depth's count of every part the roster gives it, and none of the others.
            AdvisorSpec spec = Roster.defaults().get(report.advisor());
            assertThat(report.hypotheses())
                    .as(report.advisor())
                    .hasSize(spec.writes(Section.HYPOTHESES) ? depth.hypotheses() : 0);
            assertThat(report.recommendations())
                    .as(report.advisor())
                    .hasSize(spec.writes(Section.RECOMMENDATIONS) ? depth.recommendations() : 0);
            assertThat(report.risks()).as(report.advisor()).hasSize(spec.writes(Section.RISKS) ? depth.risks() : 0);
            if (!spec.writes(Section.KPIS))
                assertThat(report.kpis()).as(report.advisor()).isEmpty();
            else if (spec.dependsOn().isEmpty())
                assertThat(report.kpis()).as(report.advisor()).hasSize(depth.kpis());
            else {
                // An advisor who reads colleagues defines up to the depth's count, none of them as a colleague did.
                assertThat(report.kpis()).as(report.advisor()).hasSizeLessThanOrEqualTo(depth.kpis());
                var theirs = spec.dependsOn().stream()
                        .flatMap(d -> Fixtures.report(c, d).kpis().stream())
                        .toList();
                assertThat(report.kpis()).as(report.advisor()).doesNotContainAnyElementsOf(theirs);
            }
            assertThat(report.kpis()).allSatisfy(PlaybookDepthPropertyTest::movesTheRightWay);
        }
        // The board as a whole still tracks more than any one advisor is asked for.
        assertThat(c.artifacts().kpiScorecard().entries()).hasSizeGreaterThan(depth.kpis());
        double ask = Fixtures.report(c, "commercial").recommendations().stream()
                .mapToDouble(r -> r.cost().amount())
                .sum();
        assertThat(Fixtures.report(c, "financial").budgetCeiling()).isPositive().isLessThan(ask);
    }

    private static void movesTheRightWay(Kpi kpi) {
        if (kpi.baseline() == null) return;
        switch (kpi.direction()) {
            case INCREASE -> assertThat(kpi.target()).as(kpi.name()).isGreaterThan(kpi.baseline());
            case DECREASE -> assertThat(kpi.target()).as(kpi.name()).isLessThan(kpi.baseline());
            case MAINTAIN -> {}
        }
    }
}
