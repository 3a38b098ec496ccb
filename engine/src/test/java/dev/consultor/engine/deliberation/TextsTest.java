package dev.consultor.engine.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.engine.brief.Language;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void fillsEveryPlaceholder() {
        assertThat(Texts.fill("Keep \"{own}\" against \"{other}\".", "k", "own", "A", "other", "B"))
                .isEqualTo("Keep \"A\" against \"B\".");
    }

    @Test
    void aPlaceholderWithoutAValueThrowsInsteadOfReachingTheReader() {
        assertThatThrownBy(() -> Texts.fill("Keep \"{own_short}\".", "debate.hold.1", "own", "A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("debate.hold.1")
                .hasMessageContaining("{own_short}");
    }

    @Test
    void aLoadedSentenceWithAMissingValueThrows() {
        Texts texts = Texts.of(Language.PT_BR);
        assertThatThrownBy(() -> texts.get("topic.horizon", "action", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreNotScannedForPlaceholders() {
        assertThat(Texts.fill("Problem: {problem}", "k", "problem", "literal {braces} stay"))
                .isEqualTo("Problem: literal {braces} stay");
    }

    @Test
    void anOddNumberOfArgumentsIsRejected() {
        assertThatThrownBy(() -> Texts.fill("{a}", "k", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSentenceQuotedAfterAColonRunsOnInLowerCaseButNamesAndAcronymsKeepTheirCapitals() {
        assertThat(Format.afterColon("Buscar mais clientes")).isEqualTo("buscar mais clientes");
        assertThat(Format.afterColon("SLA de 4 horas")).isEqualTo("SLA de 4 horas");
        assertThat(Format.afterColon("Analista de Negócios")).isEqualTo("Analista de Negócios");
        assertThat(Format.afterColon("Estrategista Comercial")).isEqualTo("Estrategista Comercial");
        assertThat(Texts.fillIn("Um meio-termo: {p}", "k", true, "p", "Comprometer agora"))
                .isEqualTo("Um meio-termo: comprometer agora");
        assertThat(Texts.fillIn("A meio-termo: {p}", "k", false, "p", "Commit now"))
                .isEqualTo("A meio-termo: Commit now");
    }
}
