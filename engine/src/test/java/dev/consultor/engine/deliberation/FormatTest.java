package dev.consultor.engine.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Language;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void moneyIsWrittenAsTheAdvisorsReportsWriteIt() {
        assertThat(Format.money(150_000, "BRL", Language.PT_BR)).isEqualTo("R$ 150.000");
        assertThat(Format.money(30_000, "USD", Language.PT_BR)).isEqualTo("US$ 30.000");
        assertThat(Format.money(30_000, "USD", Language.EN)).isEqualTo("$30,000");
        assertThat(Format.money(30_000, "EUR", Language.EN)).isEqualTo("€30,000");
    }

    @Test
    void aPercentSignFollowsItsNumberWithoutASpace() {
        assertThat(Format.quantity(8, "%", Language.PT_BR)).isEqualTo("8%");
        assertThat(Format.quantity(90, "pontos", Language.PT_BR)).isEqualTo("90 pontos");
        assertThat(Format.quantity(12.5, "", Language.EN)).isEqualTo("12.5");
    }

    @Test
    void anExcerptEndsAtASentenceOrAWordNeverMidWord() {
        assertThat(Format.excerpt("Short text.", 90)).isEqualTo("Short text.");
        assertThat(Format.excerpt("First sentence here is long enough. Second one goes on and on", 50))
                .isEqualTo("First sentence here is long enough.");
        assertThat(Format.excerpt("Release the commercial investment in two tranches, the second only", 50))
                .isEqualTo("Release the commercial investment in two tranches…");
    }
}
