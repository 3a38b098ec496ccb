package dev.consultor.engine.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatFoldTest {
    /** The plain definition the one-pass version must agree with. */
    private static String reference(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9%]+", " ")
                .strip();
    }

    @Test
    void foldsAccentsCaseAndPunctuationIntoWords() {
        assertThat(Format.fold("  Reduzir o Churn — de 5% para 8%!  ")).isEqualTo("reduzir o churn de 5% para 8%");
        assertThat(Format.fold("Expansão à Península Ibérica (Fase 1)"))
                .isEqualTo("expansao a peninsula iberica fase 1");
        assertThat(Format.fold("")).isEmpty();
    }

    @Test
    void agreesWithTheReferenceOnEveryCharacterOfTheLatinBlocksAndPast() {
        for (char c = 0; c < 0x3000; c++) {
            if (Character.isSurrogate(c)) continue;
            String text = "x" + c + "y";
            assertThat(Format.fold(text)).as("U+%04X", (int) c).isEqualTo(reference(text));
        }
    }

    @Test
    void agreesWithTheReferenceOnRandomText() {
        String alphabet = "aAbZz09%ãÃçÇéÉíôÕüÜñßİ K—–-.,;: \t\n€$😀日";
        for (int seed = 0; seed < 2000; seed++) {
            var random = new Random(seed);
            var text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c) && at + 1 < alphabet.length()) {
                    text.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            assertThat(Format.fold(text.toString()))
                    .as("seed %d: %s", seed, text)
                    .isEqualTo(reference(text.toString()));
        }
    }
}
