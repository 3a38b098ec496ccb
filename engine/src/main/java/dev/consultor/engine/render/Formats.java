package dev.consultor.engine.render;

import dev.consultor.engine.brief.Language;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers, money, dates and durations written the way readers of the brief's language expect. */
final class Formats {
    private final Language language;
    private final Locale locale;

    Formats(Language language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language.tag());
    }

    /** 1.234,5 in Portuguese, 1,234.5 in English, with at most {@code maxFraction} decimals. */
    String number(double value, int maxFraction) {
        return number(value, 0, maxFraction);
    }

    String number(double value, int minFraction, int maxFraction) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maxFraction);
        format.setMinimumFractionDigits(minFraction);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.matches("-0([.,]0+)?") ? text.substring(1) : text;
    }

    /** A figure of unknown scale: one decimal at most for large values, two for small ones. */
    String figure(double value) {
        return number(value, Math.abs(value) >= 1000 ? 1 : 2);
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A fraction 0..1 as a whole percentage: 0.72 becomes 72%. */
    String percent(double fraction) {
        return number(fraction * 100, 0) + "%";
    }

    /** A change in percent with its sign: +12,5% or −23,5%. */
    String change(double percent) {
        String sign = percent > 0 ? "+" : percent < 0 ? "−" : "";
        return sign + number(Math.abs(percent), 1) + "%";
    }

    String money(double amount, String currency) {
        String symbol = switch (currency) {
            case "BRL" -> "R$";
            case "USD" -> language.isPortuguese() ? "US$" : "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> currency;
        };
        String separator = symbol.length() > 1 || language.isPortuguese() ? " " : "";
        return symbol + separator + number(amount, Math.abs(amount) >= 100 ? 0 : 2);
    }

    /** Model costs are small; four decimals keep a cent's fraction visible. */
    String usd(double amount) {
        return (language.isPortuguese() ? "US$ " : "$") + number(amount, 2, 4);
    }

    String seconds(long millis) {
        return number(millis / 1000.0, 1, 1) + " s";
    }

    /** The document's dateline, written out in full ("29 de novembro de 2026"). */
    String longDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag(language.tag()))
                .format(date);
    }

    /** A period value from attached data: an ISO date in the document's format, anything else as it is. */
    String period(String value) {
        try {
            return date(LocalDate.parse(value.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }

    /** Every other date: one format, shared with the deliberation's sentences. */
    String date(LocalDate date) {
        return dev.consultor.engine.deliberation.Format.date(date, language);
    }
}
