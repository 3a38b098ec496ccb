package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Language;
import org.junit.jupiter.api.Test;

class FigureReaderTest {
    private final FigureReader reader = new FigureReader(KnowledgeBase.get().words());

    @Test
    void readsPercentagePeriodAndNothingElseFromTheFallingSalesProblem() {
        Figures f = reader.read(Fixtures.FALLING_SALES, Language.PT_BR);

        assertThat(f.percents()).containsExactly(20.0);
        assertThat(f.period()).contains(new Figures.Period(3, Figures.Period.Unit.MONTH));
        assertThat(f.change()).isEmpty();
        assertThat(f.counts()).isEmpty();
        assertThat(f.amounts()).isEmpty();
    }

    @Test
    void readsAMoveFromOneRateToAnotherInBothLanguages() {
        assertThat(reader.read(Fixtures.CHURN, Language.PT_BR).change()).contains(new Figures.Change(5, 8));
        assertThat(reader.read("Monthly churn went from 4.5% to 7% this year", Language.EN)
                        .change())
                .contains(new Figures.Change(4.5, 7));
    }

    @Test
    void readsCustomerCountsAndTheRegionOfAnExpansion() {
        Figures f = reader.read(Fixtures.EUROPE, Language.PT_BR);

        assertThat(f.customers()).map(Figures.Count::value).contains(50.0);
        assertThat(f.region()).map(KnowledgeBase.Word::en).contains("Europe");
        assertThat(f.period()).contains(new Figures.Period(12, Figures.Period.Unit.MONTH));
    }

    @Test
    void readsAmountsWrittenTheBrazilianAndTheAmericanWay() {
        assertThat(reader.read("Precisamos captar R$ 2 milhões até o fim do ano", Language.PT_BR)
                        .amounts())
                .containsExactly(new Figures.Amount(2_000_000, "BRL"));
        assertThat(reader.read("Temos R$ 1.200.000 em caixa e 350 mil reais a receber", Language.PT_BR)
                        .amounts())
                .containsExactly(new Figures.Amount(1_200_000, "BRL"), new Figures.Amount(350_000, "BRL"));
        assertThat(reader.read("We want to raise $500k from angels", Language.EN)
                        .amounts())
                .containsExactly(new Figures.Amount(500_000, "USD"));
        assertThat(reader.read("Investimento de US$ 1,5 mi na Europa", Language.PT_BR)
                        .amounts())
                .containsExactly(new Figures.Amount(1_500_000, "USD"));
    }

    @Test
    void readsQuartersAndWordPeriods() {
        assertThat(reader.read("Queremos lançar no Q3 um novo módulo", Language.PT_BR)
                        .quarter())
                .isEqualTo(3);
        assertThat(reader.read("As vendas caíram no 2º trimestre", Language.PT_BR)
                        .quarter())
                .isEqualTo(2);
        assertThat(reader.read("As vendas caíram três meses seguidos", Language.PT_BR)
                        .period())
                .contains(new Figures.Period(3, Figures.Period.Unit.MONTH));
        assertThat(reader.read("Revenue fell last quarter", Language.EN).period())
                .contains(new Figures.Period(1, Figures.Period.Unit.QUARTER));
    }

    @Test
    void readsNumbersByTheLanguagesGroupingRules() {
        assertThat(FigureReader.number("1.200", Language.PT_BR)).isEqualTo(1200);
        assertThat(FigureReader.number("2,5", Language.PT_BR)).isEqualTo(2.5);
        assertThat(FigureReader.number("1,200", Language.EN)).isEqualTo(1200);
        assertThat(FigureReader.number("2.5", Language.EN)).isEqualTo(2.5);
        assertThat(FigureReader.number("1.234,56", Language.EN)).isEqualTo(1234.56);
    }

    @Test
    void readsTheRevenueAProblemStatesAsAMonth() {
        assertThat(reader.read(
                                "Nosso faturamento mensal caiu de R$ 2 milhões para R$ 1,6 milhão em um semestre.",
                                Language.PT_BR)
                        .revenue())
                .contains(new Figures.Amount(1_600_000, "BRL"));
        assertThat(reader.read("We have an annual revenue of $12M and sales are flat.", Language.EN)
                        .revenue())
                .contains(new Figures.Amount(1_000_000, "USD"));
        assertThat(reader.read("Queremos captar R$ 5 milhões numa rodada seed.", Language.PT_BR)
                        .revenue())
                .isEmpty();
    }
}
