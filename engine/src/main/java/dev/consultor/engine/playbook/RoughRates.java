package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Accents;
import java.util.Optional;

/**
 * Rough exchange rates, only to size the advisors' estimates sensibly when the brief's currency differs from the
 * one the data or the defaults are in. Nothing is ever quoted at these rates.
 */
final class RoughRates {
    private RoughRates() {}

    /** Units of the currency one real buys. */
    static double perReal(String currency) {
        return switch (currency) {
            case "BRL" -> 1;
            case "EUR", "GBP" -> 0.18;
            default -> 0.2;
        };
    }

    static double convert(double amount, String from, String to) {
        return from.equals(to) ? amount : amount / perReal(from) * perReal(to);
    }

    /** The currency a column's name says its values are in, e.g. "mrr_brl", "receita_usd". */
    static Optional<String> ofColumn(String column) {
        String name = Accents.fold(column);
        if (name.endsWith("_brl") || name.contains("reais")) return Optional.of("BRL");
        if (name.endsWith("_usd")) return Optional.of("USD");
        if (name.endsWith("_eur")) return Optional.of("EUR");
        return Optional.empty();
    }
}
