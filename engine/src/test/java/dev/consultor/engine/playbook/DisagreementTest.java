package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The advisors disagree where real ones do, on the typed fields a later stage looks for conflicts in. */
class DisagreementTest {

    @Test
    void onAPriceChangeTheMarketSpecialistPullsThePriceTheOtherWay() {
        Consultation c = Fixtures.run(Fixtures.brief(
                "Estamos pensando em reajustar o preço dos planos em 15% para novos clientes. Vale a pena?",
                BusinessType.SAAS, Depth.STANDARD));

        assertThat(stances(Fixtures.report(c, "commercial"))).contains(Stance.RAISE_PRICE);
        assertThat(stances(Fixtures.report(c, "market"))).contains(Stance.LOWER_PRICE);
        assertThat(Fixtures.report(c, "commercial").recommendations().get(0).title())
                .contains("15%");
    }

    @Test
    void inACashSqueezeTheCeilingIsTighterThanInAnExpansion() {
        Consultation cash = Fixtures.run(Fixtures.brief(
                "Nosso caixa está apertado e só dura mais 4 meses; temos R$ 300 mil em caixa.",
                BusinessType.SERVICES,
                Depth.STANDARD));
        Consultation sales =
                Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.SERVICES, Depth.STANDARD));

        assertThat(share(cash)).isLessThan(share(sales));
        assertThat(Fixtures.report(cash, "financial").summary()).contains("R$ 300 mil");
    }

    @Test
    void theCommercialAndFinancialAdvisorsTakeOppositeStancesOnInvestmentOrPace() {
        for (String problem : List.of(Fixtures.FALLING_SALES, Fixtures.EUROPE, Fixtures.CHURN)) {
            Consultation c = Fixtures.run(Fixtures.brief(problem, BusinessType.B2B, Depth.QUICK));
            List<Stance> commercial = stances(Fixtures.report(c, "commercial"));
            List<Stance> financial = stances(Fixtures.report(c, "financial"));

            assertThat(financial).anyMatch(f -> commercial.stream().anyMatch(f::opposes));
        }
    }

    private static double share(Consultation c) {
        double ask = Fixtures.report(c, "commercial").recommendations().stream()
                .mapToDouble(r -> r.cost().amount())
                .sum();
        return Fixtures.report(c, "financial").budgetCeiling() / ask;
    }

    private static List<Stance> stances(AgentReport report) {
        return report.recommendations().stream()
                .map(Recommendation::stances)
                .flatMap(List::stream)
                .toList();
    }
}
