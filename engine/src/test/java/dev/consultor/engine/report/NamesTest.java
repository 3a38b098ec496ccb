package dev.consultor.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NamesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStanceHorizonLevelAndDirectionHasAWordInEveryLanguage(Language language) {
        var all = new java.util.ArrayList<Enum<?>>();
        all.addAll(List.of(Stance.values()));
        all.addAll(List.of(Horizon.values()));
        all.addAll(List.of(Level.values()));
        all.addAll(List.of(Direction.values()));
        for (Enum<?> value : all) {
            assertThat(Names.of(value, language))
                    .as(value + " in " + language.tag())
                    .isNotBlank()
                    .doesNotContain("_");
        }
    }

    @Test
    void stancesReadAsWordsNotConstants() {
        assertThat(Names.of(Stance.MOVE_FAST, Language.PT_BR)).isEqualTo("agir rápido");
        assertThat(Names.of(Stance.AGGRESSIVE, Language.PT_BR)).isEqualTo("agressivo");
        assertThat(Names.of(Stance.PHASE_IN, Language.EN)).isEqualTo("phase in");
        assertThat(Names.of(Horizon.SHORT_TERM, Language.PT_BR)).isEqualTo("curto prazo (31–90 dias)");
    }
}
