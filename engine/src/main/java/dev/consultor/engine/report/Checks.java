package dev.consultor.engine.report;

import java.util.List;

/** Validation shared by the report records; a model's answer that breaks these is rejected, not repaired. */
final class Checks {
    private Checks() {}

    static String text(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is missing");
        return value.strip();
    }

    static String optional(String value) {
        return value == null ? "" : value.strip();
    }

    static double confidence(double value) {
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException("confidence must be within 0..1");
        return value;
    }

    static int scale(int value, String field) {
        if (value < 1 || value > 5) throw new IllegalArgumentException(field + " must be within 1..5");
        return value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
