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

    /**
     * Money as the rest of the document writes it (the advisors' reports and the renderer): "R$ 150.000",
     * "US$ 30.000" in Portuguese, "$30,000" in English.
     */
    /**
     * A date the way the whole document writes it: "29 de dez. de 2026" in Portuguese, "Dec 29, 2026" in English.
     * One format for tables, lists and sentences alike.
     */
    public static String date(java.time.LocalDate date, Language language) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.forLanguageTag(language.tag()))
                .format(date);
    }

    /**
     * A sentence quoted after a colon in Portuguese running text starts in lower case ("Um meio-termo: buscar
     * ..."); acronyms ("SLA", "NPS") and text that does not start with a capital stay as they are.
     */
    public static String afterColon(String value) {
        if (value.length() < 2 || !Character.isUpperCase(value.codePointAt(0))) return value;
        int next = value.offsetByCodePoints(0, 1);
        int second = value.codePointAt(next);
        if (Character.isUpperCase(second) || Character.isDigit(second)) return value;
        // A name ("Analista de Negócios", "Estrategista Comercial") keeps its capital.
        String[] words = value.split(" ", 4);
        for (int i = 1; i < Math.min(3, words.length); i++)
            if (words[i].matches("\\p{Lu}\\p{Ll}+\\p{Punct}?")) return value;
        return value.substring(0, next).toLowerCase(java.util.Locale.ROOT) + value.substring(next);
    }

    /** Whether a template puts a placeholder right after a colon, where {@link #afterColon} applies. */
    public static boolean followsColon(CharSequence before) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') end--;
        return end > 0 && end < before.length() && before.charAt(end - 1) == ':';
    }

    public static String money(double amount, String currency, Language language) {
        String symbol = switch (currency) {
            case "BRL" -> "R$";
            case "USD" -> language.isPortuguese() ? "US$" : "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> currency;
        };
        String separator = symbol.length() > 1 || language.isPortuguese() ? " " : "";
        return symbol + separator + number(amount, language);
    }

    /** A KPI value with its unit: "8%" with no space before a percent sign, "90 pontos" otherwise. */
    public static String quantity(double value, String unit, Language language) {
        String number = number(value, language);
        if (unit == null || unit.isEmpty()) return number;
        return unit.equals("%") ? number + unit : number + " " + unit;
    }

    /**
     * At most {@code max} characters of {@code text} on one line, cut where a reader expects it: after the last
     * whole sentence when that keeps at least half, else at a word boundary with an ellipsis.
     */
    public static String excerpt(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) return flat;
        String head = flat.substring(0, max - 1);
        int sentence = head.lastIndexOf(". ");
        if (sentence >= max / 2) return head.substring(0, sentence + 1);
        boolean wordEnds = !Character.isLetterOrDigit(flat.charAt(max - 1));
        int space = head.lastIndexOf(' ');
        if (!wordEnds && space >= max / 2) head = head.substring(0, space);
        return head.replaceAll("[\\s,;:—–-]+$", "") + "…";
    }

    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /**
     * Lower-case ASCII words of {@code text} joined by single spaces: accents dropped, everything but letters,
     * digits and % treated as a separator. One pass without regular expressions, since the conflict rules fold
     * every pair of recommendation titles.
     */
    public static String fold(String text) {
        var out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                gap = keep(Character.toLowerCase(c), out, gap);
            } else {
                for (char d : c < FOLDED.length ? FOLDED[c] : unaccented(c)) gap = keep(d, out, gap);
            }
        }
        return out.toString();
    }

    /** {@link #unaccented} of the Latin letters, worked out once: Portuguese text is full of them. */
    private static final char[][] FOLDED = new char[0x250][];

    static {
        for (char c = 128; c < FOLDED.length; c++) FOLDED[c] = unaccented(c);
    }

    /** The lower-case characters {@code c} decomposes to, without its accents and other marks. */
    private static char[] unaccented(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        var kept = new StringBuilder(decomposed.length());
        for (int j = 0; j < decomposed.length(); j++) {
            char d = decomposed.charAt(j);
            int type = Character.getType(d);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            kept.append(String.valueOf(d).toLowerCase(Locale.ROOT).charAt(0));
        }
        return kept.toString().toCharArray();
    }

    /** Appends {@code c} when it belongs to a word, else remembers a gap; returns whether a gap is pending. */
    private static boolean keep(char c, StringBuilder out, boolean gap) {
        boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%';
        if (!word) return true;
        if (gap && !out.isEmpty()) out.append(' ');
        out.append(c);
        return false;
    }

    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
