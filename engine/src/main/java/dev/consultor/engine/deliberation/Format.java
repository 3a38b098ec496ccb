package dev.consultor.engine.deliberation;

import dev.consultor.engine.brief.Language;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers, money and names as the brief's language writes them. */
public final class Format {
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private Format() {}

    public static Locale locale(Language language) {
        return language.isPortuguese() ? PT_BR : Locale.US;
    }

    public static String number(double value, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(language));
        format.setMaximumFractionDigits(value == Math.rint(value) ? 0 : 2);
        return format.format(value);
    }

    public static String money(double amount, String currency, Language language) {
        String symbol = switch (currency) {
            case "BRL" -> "R$";
            case "USD" -> "US$";
            case "EUR" -> "€";
            default -> currency;
        };
        return symbol + " " + number(amount, language);
    }

    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /** Lower case, accents removed, runs of non-letters collapsed to one space: for matching names. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9%]+");

    public static String fold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(bare).replaceAll(" ").strip();
    }

    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
