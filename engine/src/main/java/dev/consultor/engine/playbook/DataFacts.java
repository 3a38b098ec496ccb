package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Accents;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.ColumnProfile;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the attached data columns that bear on a situation and cites them as a person would: "vendas_total caiu
 * de 850.000 para 680.000 (-20%) entre 2025-07 e 2025-12". Figures come from the profiler, formatted per language.
 */
final class DataFacts {
    private static final List<String> OTHERS = List.of("concorr", "competi", "rival", "mercado", "market");

    private static final List<String> MONEY =
            List.of("mrr", "arr", "receita", "faturamento", "vendas", "revenue", "sales");

    private final Brief brief;
    private final KnowledgeBase kb;

    DataFacts(Brief brief, KnowledgeBase kb) {
        this.brief = brief;
        this.kb = kb;
    }

    record Found(DataSet set, ColumnProfile column) {
        /**
         * Time series have a period column in ascending order and no identifier column; other files (one row per
         * customer with a start date, one per country) are cross-sections, where first and last mean nothing.
         */
        boolean series() {
            return set.periodColumn() != null
                    && column.changePct() != null
                    && set.firstPeriod() != null
                    && set.lastPeriod() != null
                    && set.firstPeriod().compareTo(set.lastPeriod()) < 0
                    && set.textColumns().stream().noneMatch(DataFacts::isIdentifier);
        }
    }

    /** The first column whose name contains a keyword, trying keywords in order, then files, then columns. */
    Optional<Found> find(List<String> keywords) {
        for (String keyword : keywords) {
            for (DataSet set : brief.data()) {
                for (ColumnProfile column : set.columns()) {
                    if (Accents.fold(column.name()).contains(keyword)) return Optional.of(new Found(set, column));
                }
            }
        }
        return Optional.empty();
    }

    /** Distinct columns matching the keywords, in keyword order. */
    List<Found> findAll(List<String> keywords, int limit) {
        var found = new LinkedHashMap<String, Found>();
        for (String keyword : keywords) {
            for (DataSet set : brief.data()) {
                for (ColumnProfile column : set.columns()) {
                    String key = set.name() + "/" + column.name();
                    if (found.size() < limit && Accents.fold(column.name()).contains(keyword)) {
                        found.putIfAbsent(key, new Found(set, column));
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    String cite(Found found) {
        Language lang = brief.language();
        ColumnProfile c = found.column();
        var vars = new LinkedHashMap<String, String>();
        vars.put("column", c.name());
        vars.put("file", found.set().name());
        vars.put("rows", String.valueOf(found.set().rowCount()));
        vars.put("first", Numbers.decimal(c.first(), lang));
        vars.put("last", Numbers.decimal(c.last(), lang));
        vars.put("min", Numbers.decimal(c.min(), lang));
        vars.put("max", Numbers.decimal(c.max(), lang));
        vars.put("mean", Numbers.decimal(c.mean(), lang));
        if (found.series()) {
            vars.put("change", Numbers.signedPercent(c.changePct(), lang));
            vars.put("from_period", found.set().firstPeriod());
            vars.put("to_period", found.set().lastPeriod());
            String key = c.changePct() < 0 ? "data.fell" : c.changePct() > 0 ? "data.rose" : "data.flat";
            return fill(key, vars);
        }
        if (isMoney(c)) {
            vars.put("total", Numbers.decimal(c.mean() * found.set().rowCount(), lang));
            return fill("data.total", vars);
        }
        return fill("data.cross", vars);
    }

    /**
     * A month of the company's revenue in the brief's currency, the yardstick for the amounts the advisors propose:
     * the last value of a revenue series, or the sum of a per-customer revenue column; empty when the data holds
     * neither.
     */
    Optional<Double> monthlyRevenue() {
        return find(List.of("vendas_total", "receita", "faturamento", "revenue", "mrr", "vendas", "sales"))
                .filter(f -> !aboutOthers(f.set()))
                .map(f -> {
                    double month = f.series()
                            ? f.column().last()
                            : f.column().mean() * f.set().rowCount();
                    return RoughRates.ofColumn(f.column().name())
                            .map(from -> RoughRates.convert(month, from, brief.currency()))
                            .orElse(month);
                })
                .filter(v -> v > 0);
    }

    /**
     * Files about competitors or markets (one row per competitor, per country) describe others; their revenue is
     * not the company's and their figures do not confirm the company's own story.
     */
    static boolean aboutOthers(DataSet set) {
        String name = Accents.fold(set.name());
        if (OTHERS.stream().anyMatch(name::contains)) return true;
        return set.textColumns().stream()
                .map(Accents::fold)
                .anyMatch(c -> OTHERS.stream().anyMatch(c::contains) || c.equals("pais") || c.equals("country"));
    }

    private static boolean isIdentifier(String column) {
        String name = Accents.fold(column);
        return name.equals("id") || name.endsWith("_id") || name.startsWith("id_") || name.equals("codigo");
    }

    private static boolean isMoney(ColumnProfile column) {
        String name = Accents.fold(column.name());
        return MONEY.stream().anyMatch(name::contains);
    }

    private String fill(String key, Map<String, String> vars) {
        return Template.fill(kb.phrase(key), brief.language(), vars)
                .orElseThrow(() -> new IllegalStateException("phrase " + key + " needs a value it was not given"));
    }
}
