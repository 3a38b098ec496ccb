package dev.consultor.engine.brief;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Matching text the way Brazilian users type it: with or without accents, in any case. */
public final class Accents {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Accents() {}

    /** {@code text} in lower case with its accents dropped ("Padrão" -> "padrao"); punctuation is kept. */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
