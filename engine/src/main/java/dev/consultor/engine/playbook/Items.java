package dev.consultor.engine.playbook;

import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Section;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Cost;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns knowledge-base items into report items, filling their templates with one advisor's values. */
final class Items {
    /** Citing data that supports an item makes the advisor surer of it, up to this far. */
    private static final double DATA_BONUS = 0.1;

    private static final double MAX_CONFIDENCE = 0.95;

    /** The most a recommendation graded low-cost is estimated at, in reais. */
    private static final double LOW_COST_CAP_BRL = 30_000;

    private final Reading reading;
    private final Map<String, String> vars;
    private final Language lang;
    private final BusinessType type;

    /** A part of an advisor's report, composed only when the roster gives it that part. */
    static <T> List<T> part(AdvisorIntent intent, Section section, Supplier<List<T>> compose) {
        return intent.writes(section.field()) ? compose.get() : List.of();
    }

    Items(Reading reading, Map<String, String> vars) {
        this.reading = reading;
        this.vars = vars;
        this.lang = reading.language();
        this.type = reading.brief().businessType();
    }

    Map<String, String> vars() {
        return vars;
    }

    Optional<String> text(List<Text> template) {
        return Template.fill(template, lang, vars);
    }

    Optional<Hypothesis> hypothesis(Situation.HypothesisItem item) {
        if (!item.appliesTo(type)) return Optional.empty();
        return text(item.statement()).map(statement -> {
            var evidence = evidence(item.evidence(), item.columns());
            double confidence = item.confidence() + (cites(item.columns()) ? DATA_BONUS : 0);
            return new Hypothesis(statement, confidence(confidence), evidence);
        });
    }

    Optional<Recommendation> recommendation(Situation.RecommendationItem item) {
        if (!item.appliesTo(type)) return Optional.empty();
        Double amount = amount(item.cost());
        var own = new java.util.TreeMap<>(vars);
        if (amount != null) own.put("cost", reading.money(amount));
        Optional<String> title = Template.fill(item.title(), lang, own);
        if (title.isEmpty()) return Optional.empty();
        String rationale = Template.fill(item.rationale(), lang, own).orElse("");
        double confidence = item.confidence() + (cites(item.columns()) ? DATA_BONUS / 2 : 0);
        return Optional.of(new Recommendation(
                "",
                title.get(),
                rationale,
                item.stances(),
                item.horizon(),
                new Cost(item.cost().level(), amount),
                item.impact(),
                owner(item.owner()),
                confidence(confidence),
                evidence(item.evidence(), item.columns()),
                kpiName(item.kpi())));
    }

    /**
     * A share of a month of revenue; a low-cost action stays low in absolute terms too, however large the company,
     * because an analysis or a workshop does not cost more when revenue grows.
     */
    private Double amount(Situation.CostRule cost) {
        if (cost.share() == null) return null;
        double amount = Numbers.round2(cost.share() * reading.monthlyRevenue());
        if (cost.level() != Level.LOW) return amount;
        return Math.min(
                amount,
                Numbers.round2(
                        LOW_COST_CAP_BRL * RoughRates.perReal(reading.brief().currency())));
    }

    /** Seats are written in the playbook in English ("Analyst"); the reader sees them in the brief's language. */
    private String owner(String owner) {
        for (BoardRole role : BoardRole.values()) {
            if (role.label(Language.EN).equalsIgnoreCase(owner)) return role.label(lang);
        }
        return owner;
    }

    Optional<Risk> risk(Situation.RiskItem item) {
        if (!item.appliesTo(type)) return Optional.empty();
        return text(item.description())
                .map(d -> new Risk(
                        d,
                        item.probability(),
                        item.impact(),
                        text(item.mitigation()).orElse(""),
                        owner(item.owner())));
    }

    Optional<Kpi> kpi(Situation.KpiItem item) {
        if (!item.appliesTo(type)) return Optional.empty();
        Optional<String> name = text(item.name());
        if (name.isEmpty()) return Optional.empty();
        Double baseline = Baselines.first(item.baseline(), reading);
        if (baseline == null && item.needsBaseline()) return Optional.empty();
        Double previous = Baselines.first(item.previous(), reading);
        double target;
        if (baseline != null && previous != null && item.recover() != null) {
            target = baseline + (previous - baseline) * item.recover();
        } else if (baseline != null && item.change() != null) {
            target = baseline * (1 + item.change());
        } else if (baseline != null && item.recover() == null && item.change() == null) {
            target = item.fallback();
        } else {
            baseline = null;
            target = item.fallback();
        }
        if (baseline != null) target = consistent(baseline, target, item.direction());
        String unit = unit(item.unit());
        return Optional.of(new Kpi(name.get(), unit, baseline, tidy(target), item.deadlineDays(), item.direction()));
    }

    /** Units are written per language ("meses", "months"); "money" is the brief's currency. */
    private String unit(String unit) {
        if (unit.equals("money")) return reading.brief().currency();
        List<Text> word = reading.kb().phrases().get("unit." + unit);
        return word == null ? unit : word.get(0).in(lang);
    }

    /** The name of the KPI with this key, looked up in the situations the analysis is built from; empty if none. */
    String kpiName(String key) {
        if (key.isEmpty()) return "";
        for (Situation s : reading.situations()) {
            for (Situation.KpiItem k : s.kpis()) {
                // Only a KPI that can be measured for this brief is worth pointing at.
                if (k.key().equals(key)) {
                    var kpi = kpi(k);
                    if (kpi.isPresent()) return kpi.get().name();
                }
            }
        }
        return "";
    }

    private List<String> evidence(List<List<Text>> templates, List<String> columns) {
        var evidence = new LinkedHashSet<String>();
        for (var found : reading.data().findAll(columns, 2))
            evidence.add(reading.data().cite(found));
        for (List<Text> template : templates) text(template).ifPresent(evidence::add);
        if (evidence.isEmpty()) text(reading.kb().phrase("evidence.problem")).ifPresent(evidence::add);
        return List.copyOf(evidence);
    }

    private boolean cites(List<String> columns) {
        return !columns.isEmpty() && reading.data().find(columns).isPresent();
    }

    private static double confidence(double value) {
        return Numbers.round2places(Math.max(0.05, Math.min(MAX_CONFIDENCE, value)));
    }

    /** A target that would count as progress in the KPI's own direction, whatever the sources said. */
    private static double consistent(double baseline, double target, Direction direction) {
        double nudge = Math.max(Math.abs(baseline) * 0.1, 0.1);
        return switch (direction) {
            case INCREASE -> target > baseline ? target : baseline + nudge;
            case DECREASE -> target < baseline ? target : Math.max(0, baseline - nudge);
            case MAINTAIN -> target;
        };
    }

    private static double tidy(double value) {
        return Math.abs(value) >= 1000 ? Numbers.round2(value) : Numbers.round1(value);
    }

    /** Fails loudly when the knowledge base cannot fill an advisor's quota: that is a defect of the playbook. */
    static <T> List<T> exactly(List<T> picked, int n, String what, String role, Reading reading) {
        if (picked.size() != n) {
            throw new IllegalStateException("the playbook has only " + picked.size() + " " + what + " for advisor "
                    + role + " in situation " + reading.primary().id() + " (" + n + " needed)");
        }
        return picked;
    }

    /**
     * Up to {@code n} of the KPIs the colleagues' reports do not already define as they are: a KPI of the same name
     * (regardless of case and accents) with the same target, direction and deadline is theirs, and is named rather
     * than defined again; one with another target or deadline is a position of its own, and stays.
     */
    static List<Kpi> undefined(List<Kpi> kpis, Collection<AgentReport> colleagues, int n) {
        var defined = new HashSet<List<Object>>();
        colleagues.forEach(r -> r.kpis().forEach(k -> defined.add(definition(k))));
        return kpis.stream()
                .filter(k -> !defined.contains(definition(k)))
                .limit(n)
                .toList();
    }

    private static List<Object> definition(Kpi k) {
        return List.of(Format.fold(k.name()), k.target(), k.direction(), k.deadlineDays());
    }

    /**
     * Takes {@code n} distinct rendered items from the pools of the ranked situations. When a second situation
     * was recognised, its best item takes a place before the primary's last, so a problem with two faces shows
     * both.
     */
    static <T, R> List<R> pick(List<List<T>> pools, int n, Function<T, Optional<R>> render, Function<R, String> key) {
        var ordered = new ArrayList<T>();
        if (pools.size() >= 3 && n >= 3 && !pools.get(1).isEmpty()) {
            var primary = pools.get(0);
            int head = Math.min(primary.size(), n - 1);
            ordered.addAll(primary.subList(0, head));
            ordered.add(pools.get(1).get(0));
            ordered.addAll(primary.subList(head, primary.size()));
            ordered.addAll(pools.get(1).subList(1, pools.get(1).size()));
            for (int i = 2; i < pools.size(); i++) ordered.addAll(pools.get(i));
        } else {
            pools.forEach(ordered::addAll);
        }
        var seen = new LinkedHashSet<String>();
        var picked = new ArrayList<R>();
        for (T item : ordered) {
            if (picked.size() == n) break;
            Optional<R> rendered = render.apply(item);
            if (rendered.isPresent() && seen.add(key.apply(rendered.get()))) picked.add(rendered.get());
        }
        return picked;
    }
}
