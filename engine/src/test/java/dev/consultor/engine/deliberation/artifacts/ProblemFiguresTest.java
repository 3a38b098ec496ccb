package dev.consultor.engine.deliberation.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemFiguresTest {
    static final String CHURN = "Nosso churn mensal subiu de 5% para 8% nos últimos 6 meses e as reclamações no suporte"
            + " aumentaram muito. O que devemos fazer primeiro?";

    @Test
    void theContextKeepsTheSentencesThatCarryFigures() {
        assertThat(ProblemFigures.context(CHURN))
                .isEqualTo(
                        "Nosso churn mensal subiu de 5% para 8% nos últimos 6 meses e as reclamações no suporte aumentaram muito.");
        assertThat(ProblemFigures.context("Why do customers leave? We do not know."))
                .isEqualTo("Why do customers leave?");
    }

    @Test
    void readsTheCurrentValueOfAPercentageOnlyForTheMetricItIsAbout() {
        assertThat(ProblemFigures.currentPercent(CHURN, "Churn mensal")).isEqualTo(8.0);
        assertThat(ProblemFigures.currentPercent(CHURN, "Taxa de conversão")).isNull();
        assertThat(ProblemFigures.currentPercent("Monthly churn rose from 5% to 8.5%.", "Monthly churn"))
                .isEqualTo(8.5);
    }
}
