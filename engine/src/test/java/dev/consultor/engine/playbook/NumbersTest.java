package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Language;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void writesDecimalsAndThousandsAsEachLanguageDoes() {
        assertThat(Numbers.decimal(8.5, Language.PT_BR)).isEqualTo("8,5");
        assertThat(Numbers.decimal(850_000, Language.PT_BR)).isEqualTo("850.000");
        assertThat(Numbers.decimal(8.5, Language.EN)).isEqualTo("8.5");
        assertThat(Numbers.decimal(850_000, Language.EN)).isEqualTo("850,000");
        assertThat(Numbers.signedPercent(-38.82, Language.PT_BR)).isEqualTo("-38,8%");
        assertThat(Numbers.signedPercent(-20.0, Language.PT_BR)).isEqualTo("-20%");
        assertThat(Numbers.signedPercent(62.0, Language.EN)).isEqualTo("+62%");
    }

    @Test
    void writesMoneyTheWayFoundersSayIt() {
        assertThat(Numbers.money(140_000, "BRL", Language.PT_BR)).isEqualTo("R$ 140 mil");
        assertThat(Numbers.money(1_200_000, "BRL", Language.PT_BR)).isEqualTo("R$ 1,2 milhão");
        assertThat(Numbers.money(2_000_000, "BRL", Language.PT_BR)).isEqualTo("R$ 2 milhões");
        assertThat(Numbers.money(500_000, "USD", Language.PT_BR)).isEqualTo("US$ 500 mil");
        assertThat(Numbers.money(500_000, "USD", Language.EN)).isEqualTo("$500k");
        assertThat(Numbers.money(1_500_000, "EUR", Language.EN)).isEqualTo("€1.5M");
    }

    @Test
    void roundsEstimatesToTwoSignificantDigitsAndCeilingsDown() {
        assertThat(Numbers.round2(136_000)).isEqualTo(140_000);
        assertThat(Numbers.floor2(129_900)).isEqualTo(120_000);
    }
}
