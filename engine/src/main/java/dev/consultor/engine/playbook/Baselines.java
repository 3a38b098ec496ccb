package dev.consultor.engine.playbook;

import java.util.List;

/** Resolves the sources a KPI's baseline and earlier value are read from (see {@link Situation.KpiItem}). */
final class Baselines {
    private Baselines() {}

    static Double first(List<String> sources, Reading reading) {
        for (String source : sources) {
            Double value = resolve(source, reading);
            if (value != null) return value;
        }
        return null;
    }

    private static Double resolve(String source, Reading reading) {
        int colon = source.indexOf(':');
        String kind = colon < 0 ? source : source.substring(0, colon);
        String arg = colon < 0 ? "" : source.substring(colon + 1);
        Figures f = reading.figures();
        return switch (kind) {
            case "data" ->
                reading.data()
                        .find(List.of(arg))
                        .map(d -> d.series() ? d.column().last() : d.column().mean())
                        .orElse(null);
            case "data-first" ->
                reading.data()
                        .find(List.of(arg))
                        .filter(DataFacts.Found::series)
                        .map(d -> d.column().first())
                        .orElse(null);
            case "pct" ->
                switch (arg) {
                    case "to" -> f.change().map(Figures.Change::to).orElse(null);
                    case "from" -> f.change().map(Figures.Change::from).orElse(null);
                    default -> f.percents().isEmpty() ? null : f.percents().get(0);
                };
            case "index" ->
                f.percents().isEmpty() || f.percents().get(0) >= 100
                        ? null
                        : 100 - f.percents().get(0);
            case "const" -> Double.valueOf(arg);
            case "count" -> f.customers().map(Figures.Count::value).orElse(null);
            default -> throw new IllegalStateException("unknown KPI source '" + source + "'");
        };
    }
}
