package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Language;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers as a reader of each language writes them: "8,5" and "850.000" in Portuguese, "8.5" and "850,000" in English. */
final class Numbers {
    private Numbers() {}

    static String decimal(double value, Language language) {
        int places = Math.abs(value) < 1 ? 2 : 1;
        var symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(language.isPortuguese() ? ',' : '.');
        symbols.setGroupingSeparator(language.isPortuguese() ? '.' : ',');
        symbols.setMinusSign('-');
        var format = new DecimalFormat(places == 2 ? "#,##0.##" : "#,##0.#", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value == 0 ? 0.0 : value);
    }

    static String percent(double value, Language language) {
        return decimal(value, language) + "%";
    }

    /** A change in percent with its sign, e.g. "-20%", "+62%". */
    static String signedPercent(double value, Language language) {
        return (value > 0 ? "+" : "") + percent(value, language);
    }

    /** Percentage points, the unit of a difference between two rates. */
    static String points(double value, Language language) {
        return decimal(value, language) + (language.isPortuguese() ? " p.p." : " pp");
    }

    /** "R$ 850 mil", "R$ 1,2 milhão" in Portuguese; "R$850k", "$1.2M" in English. */
    static String money(double value, String currency, Language language) {
        String symbol = symbol(currency, language);
        boolean pt = language.isPortuguese();
        String sep = pt ? " " : "";
        double abs = Math.abs(value);
        if (abs >= 1e9)
            return symbol
                    + sep
                    + scaled(value / 1e9, language)
                    + (pt ? plural(value / 1e9, " bilhão", " bilhões") : "B");
        if (abs >= 1e6)
            return symbol
                    + sep
                    + scaled(value / 1e6, language)
                    + (pt ? plural(value / 1e6, " milhão", " milhões") : "M");
        if (abs >= 1e3) return symbol + sep + scaled(value / 1e3, language) + (pt ? " mil" : "k");
        return symbol + sep + decimal(value, language);
    }

    /** Rounds to two significant digits, so amounts read like an estimate rather than a false precision. */
    static double round2(double value) {
        if (value == 0) return 0;
        return new BigDecimal(value)
                .round(new MathContext(2, RoundingMode.HALF_UP))
                .doubleValue();
    }

    /** Like {@link #round2} but never above the value: a ceiling rounded up would exceed what it caps. */
    static double floor2(double value) {
        if (value == 0) return 0;
        return new BigDecimal(value)
                .round(new MathContext(2, RoundingMode.DOWN))
                .doubleValue();
    }

    static double round1(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static double round2places(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static String scaled(double value, Language language) {
        return decimal(round1(value), language);
    }

    private static String plural(double value, String one, String many) {
        return value < 2 ? one : many;
    }

    private static String symbol(String currency, Language language) {
        return switch (currency) {
            case "BRL" -> "R$";
            case "USD" -> language.isPortuguese() ? "US$" : "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> currency;
        };
    }
}
