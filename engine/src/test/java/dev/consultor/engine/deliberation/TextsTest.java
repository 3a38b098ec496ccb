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
}
