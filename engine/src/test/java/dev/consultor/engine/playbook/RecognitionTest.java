package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Accents;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecognitionTest {
    private static List<String> ranked(String problem) {
        return Recognition.rank(Accents.fold(problem), KnowledgeBase.get()).stream()
                .map(Situation::id)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            falling-sales            | Nossas vendas caíram 20% nos últimos 3 meses e não sabemos por quê.
            falling-sales            | Our sales dropped 15% this quarter and the team is worried.
            rising-churn             | O churn mensal subiu de 5% para 8% e os clientes estão cancelando.
            rising-churn             | Customers are leaving: cancellations doubled since January.
            cash-squeeze             | Nosso caixa está apertado e só dura mais 4 meses; a folha de pagamento preocupa.
            cash-squeeze             | We are running out of cash: runway is down to five months.
            margin-pressure          | Nossa margem caiu porque os custos dos insumos subiram muito este ano.
            margin-pressure          | Our margins are being squeezed because supplier costs rose 12%.
            international-expansion  | Queremos expandir para o México e a Argentina no próximo ano.
            international-expansion  | We plan to expand into Europe, starting with Portugal, next year.
            pricing-change           | Estamos pensando em reajustar o preço dos planos em 15% para novos clientes.
            pricing-change           | Should we raise our prices by 10% and restructure our plans?
            new-product-launch       | Vamos lançar um novo produto para pequenas empresas no segundo semestre.
            new-product-launch       | We are launching a new product line for small businesses in Q3.
            competitive-attack       | Um novo concorrente entrou com preço 30% menor e está roubando nossos clientes.
            competitive-attack       | A rival startup undercut us and is taking our best accounts; a price war looms.
            scaling-operations       | Dobramos de tamanho e agora há gargalos: atrasos nas entregas e equipe sobrecarregada.
            scaling-operations       | We doubled in a year and now have a delivery backlog and an overloaded team.
            fundraising              | Queremos captar R$ 5 milhões numa rodada seed com investidores anjo.
            fundraising              | We want to raise a $3M seed round; which investors and what valuation?
            general                  | Gostaria de uma avaliação geral da empresa e dos próximos passos.
            """)
    void recognisesTheSituationAProblemDescribesInEitherLanguage(String expected, String problem) {
        assertThat(ranked(problem).get(0)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            falling-sales            | competitive-attack
            """)
    void aProblemWithTwoFacesRanksBoth(String primary, String secondary) {
        assertThat(ranked(Fixtures.FALLING_SALES))
                .startsWith(primary, secondary)
                .endsWith("general");
    }

    @org.junit.jupiter.api.Test
    void theOriginalScenariosAreRecognisedForWhatTheyAre() {
        assertThat(ranked(Fixtures.FALLING_SALES).get(0)).isEqualTo("falling-sales");
        assertThat(ranked(Fixtures.EUROPE).get(0)).isEqualTo("international-expansion");
        assertThat(ranked(Fixtures.CHURN).get(0)).isEqualTo("rising-churn");
    }
}
