package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Kpi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attached CSVs are cited with the figures the profiler computed, written the way each language writes them. */
class PlaybookDataTest {

    @Test
    void salesDataIsCitedWithTheDropItShows() {
        Consultation c = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD)
                .withData(List.of(Fixtures.csv("vendas_ultimos_6_meses.csv"))));
        AgentReport analyst = Fixtures.report(c, "analyst");

        assertThat(analyst.summary())
                .contains("vendas_total caiu de 850.000 para 680.000 (-20%) entre 2025-07 e 2025-12"
                        + " (vendas_ultimos_6_meses.csv)");
        assertThat(Fixtures.text(analyst)).contains("conversao_pct caiu de 8,5 para 5,2 (-38,8%)");
        assertThat(analyst.kpis())
                .anySatisfy(k -> assertThat(k)
                        .extracting(Kpi::name, Kpi::baseline)
                        .containsExactly("Vendas mensais", 680_000.0));
    }

    @Test
    void salesDataIsSizedIntoTheAmountsTheAdvisorsPropose() {
        Consultation withData = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD)
                .withData(List.of(Fixtures.csv("vendas_ultimos_6_meses.csv"))));
        Consultation without = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD));

        // A month of revenue is 680,000 in the data; the first commercial move spends a fifth of it.
        assertThat(Fixtures.report(withData, "commercial")
                        .recommendations()
                        .get(0)
                        .cost()
                        .amount())
                .isEqualTo(140_000);
        assertThat(Fixtures.report(without, "commercial")
                        .recommendations()
                        .get(0)
                        .cost()
                        .amount())
                .isNotEqualTo(140_000);
    }

    @Test
    void revenueStatedInTheProblemSizesTheAmountsWhenThereIsNoData() {
        Consultation c = Fixtures.run(Fixtures.brief(
                "Nosso faturamento mensal caiu de R$ 2 milhões para R$ 1,6 milhão em um semestre. O que fazer?",
                BusinessType.B2B,
                Depth.STANDARD));

        // A fifth of the 1.6 million the company now makes in a month.
        assertThat(Fixtures.report(c, "commercial")
                        .recommendations()
                        .get(0)
                        .cost()
                        .amount())
                .isEqualTo(320_000);
    }

    @Test
    void churnDataIsCitedWithTheRiseItShows() {
        Consultation c = Fixtures.run(Fixtures.brief(Fixtures.CHURN, BusinessType.SAAS, Depth.STANDARD)
                .withData(List.of(Fixtures.csv("churn_e_suporte_6_meses.csv"))));
        String text = Fixtures.text(c);

        assertThat(Fixtures.report(c, "analyst").summary()).contains("churn_pct subiu de 5 para 8,1 (+62%)");
        assertThat(text).contains("tempo_resposta_hrs subiu de 4,2 para 11,2 (+166,7%)");
        assertThat(Fixtures.report(c, "analyst").kpis())
                .anySatisfy(
                        k -> assertThat(k).extracting(Kpi::name, Kpi::baseline).containsExactly("Churn mensal", 8.1));
    }

    @Test
    void perCustomerDataIsCitedAsATotal() {
        Consultation c = Fixtures.run(Fixtures.brief(Fixtures.EUROPE, BusinessType.SAAS, Depth.STANDARD)
                .withData(List.of(
                        Fixtures.csv("clientes_brasil_expansao.csv"), Fixtures.csv("mercado_europeu_potencial.csv"))));
        var customers = Fixtures.csv("clientes_brasil_expansao.csv");
        double mrr = customers.column("mrr_brl").orElseThrow().mean() * customers.rowCount();

        assertThat(Fixtures.text(c))
                .contains("mrr_brl soma " + Numbers.decimal(mrr, Language.PT_BR) + " em 50 registros")
                .contains("mercado_tam_milhoes_usd tem média de");
    }

    @Test
    void competitorDataInformsTheMarketViewButIsNotTakenForTheCompanysOwn() {
        Consultation c = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD)
                .withData(List.of(Fixtures.csv("concorrentes_analise.csv"))));
        Consultation none = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD));

        assertThat(Fixtures.text(Fixtures.report(c, "market")))
                .contains(
                        "preco_medio_mensal tem média de 2.440, de 1.200 a 4.500, em 5 registros (concorrentes_analise.csv)");
        assertThat(Fixtures.report(c, "analyst").summary()).doesNotContain("confirmam a leitura");
        assertThat(Fixtures.report(c, "commercial").recommendations().get(0).cost())
                .isEqualTo(Fixtures.report(none, "commercial")
                        .recommendations()
                        .get(0)
                        .cost());
    }

    @Test
    void dataIsCitedInEnglishWithEnglishNumbers() {
        Consultation c = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES_EN, BusinessType.B2B, Depth.STANDARD)
                .withData(List.of(Fixtures.csv("vendas_ultimos_6_meses.csv"))));

        assertThat(Fixtures.report(c, "analyst").summary())
                .contains("vendas_total fell from 850,000 to 680,000 (-20%) between 2025-07 and 2025-12");
        assertThat(Fixtures.text(c)).contains("conversao_pct fell from 8.5 to 5.2 (-38.8%)");
    }
}
