package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Horizon;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Stance;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One business situation of the knowledge base (falling sales, rising churn, ...), as read from
 * {@code situations/<id>.json}: how to recognise it in a brief and what each advisor says about it.
 *
 * @param themes words earlier consultations are tagged with when they were about this situation
 * @param columns keywords of data columns worth citing for it, most telling first
 * @param ceilingShare the part of the commercial plan's spend the financial analyst accepts as a ceiling
 * @param roles what each advisor says, by roster id
 */
record Situation(
        String id,
        Text name,
        List<String> themes,
        List<Signal> signals,
        List<String> columns,
        double ceilingShare,
        Map<String, Role> roles,
        List<RiskItem> risks,
        List<KpiItem> kpis) {

    Situation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name of " + id);
        themes = list(themes);
        signals = list(signals);
        columns = list(columns);
        if (!(ceilingShare > 0 && ceilingShare < 1)) ceilingShare = 0.6;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        risks = list(risks);
        kpis = list(kpis);
    }

    Role role(String advisor) {
        return roles.getOrDefault(advisor, Role.EMPTY);
    }

    /** A regular expression over the brief's folded (lower-case, accent-free) text and how much a match counts. */
    record Signal(String pattern, int weight) {
        /** Compiled once per pattern: recognition runs for every advisor of every consultation. */
        private static final Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

        Signal {
            COMPILED.computeIfAbsent(pattern, Pattern::compile);
        }

        Pattern compiled() {
            return COMPILED.computeIfAbsent(pattern, Pattern::compile);
        }
    }

    /** What one advisor says about the situation. */
    record Role(
            List<Text> summary,
            List<HypothesisItem> hypotheses,
            List<RecommendationItem> recommendations,
            List<ScopedText> assumptions) {
        static final Role EMPTY = new Role(List.of(), List.of(), List.of(), List.of());

        Role {
            summary = list(summary);
            hypotheses = list(hypotheses);
            recommendations = list(recommendations);
            assumptions = list(assumptions);
        }
    }

    /** Prose that applies only to some business types (all when {@code types} is empty). */
    record ScopedText(List<Text> text, List<String> types) implements Scoped {
        ScopedText {
            text = list(text);
            types = list(types);
        }
    }

    record HypothesisItem(
            List<Text> statement,
            double confidence,
            List<List<Text>> evidence,
            List<String> columns,
            List<String> types)
            implements Scoped {
        HypothesisItem {
            statement = list(statement);
            evidence = list(evidence);
            columns = list(columns);
            types = list(types);
        }
    }

    /**
     * @param cost the grade, and the amount as a share of a month of the company's revenue (null share: no amount)
     * @param kpi the key of the KPI this action moves
     */
    record RecommendationItem(
            List<Text> title,
            List<Text> rationale,
            List<Stance> stances,
            Horizon horizon,
            CostRule cost,
            Level impact,
            String owner,
            double confidence,
            List<List<Text>> evidence,
            List<String> columns,
            String kpi,
            List<String> types)
            implements Scoped {
        RecommendationItem {
            title = list(title);
            rationale = list(rationale);
            stances = list(stances);
            Objects.requireNonNull(horizon, "horizon");
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(impact, "impact");
            owner = owner == null ? "" : owner;
            evidence = list(evidence);
            columns = list(columns);
            kpi = kpi == null ? "" : kpi;
            types = list(types);
        }
    }

    record CostRule(Level level, Double share) {
        CostRule {
            Objects.requireNonNull(level, "cost level");
        }
    }

    /** @param roles the advisors who raise this risk first; others may still use it to fill their register */
    record RiskItem(
            List<String> roles,
            List<Text> description,
            int probability,
            int impact,
            List<Text> mitigation,
            String owner,
            List<String> types)
            implements Scoped {
        RiskItem {
            roles = list(roles);
            description = list(description);
            mitigation = list(mitigation);
            owner = owner == null ? "" : owner;
            types = list(types);
        }
    }

    /**
     * A KPI and how its numbers are found. Baseline and previous value are looked up in order among sources such as
     * {@code data:<column keyword>}, {@code data-first:<keyword>}, {@code pct:to}, {@code pct:from}, {@code pct:first},
     * {@code index:drop}, {@code const:<n>}, {@code count}. With both, the target recovers {@code recover} of the
     * gap; with a baseline only, it moves by {@code change} (relative), or to {@code fallback} when there is no
     * change; with neither, it is {@code fallback}. A KPI that {@code needsBaseline} is left out when the brief
     * gives none, because without it the measure says nothing.
     */
    record KpiItem(
            String key,
            List<String> roles,
            List<Text> name,
            String unit,
            List<String> baseline,
            List<String> previous,
            Double recover,
            Double change,
            double fallback,
            int deadlineDays,
            Direction direction,
            boolean needsBaseline,
            List<String> types)
            implements Scoped {
        KpiItem {
            Objects.requireNonNull(key, "kpi key");
            roles = list(roles);
            name = list(name);
            unit = unit == null ? "" : unit;
            baseline = list(baseline);
            previous = list(previous);
            Objects.requireNonNull(direction, "direction of " + key);
            types = list(types);
        }
    }

    /** Knowledge that applies only to some business types. */
    interface Scoped {
        List<String> types();

        /**
         * Types are business-type names ("saas", "retail") or the groups "business" (sells to companies) and
         * "consumer" (sells to people).
         */
        default boolean appliesTo(BusinessType type) {
            if (types().isEmpty()) return true;
            for (String t : types()) {
                if (t.equals("business") && type.sellsToBusinesses()) return true;
                if (t.equals("consumer") && !type.sellsToBusinesses() && type != BusinessType.OTHER) return true;
                if (t.equalsIgnoreCase(type.name())) return true;
            }
            return false;
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
