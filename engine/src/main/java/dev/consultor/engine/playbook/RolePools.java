package dev.consultor.engine.playbook;

import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One advisor's items from the recognised situations, primary first and the general playbook last. */
final class RolePools {
    /** Enough to mean "all of them" when a caller wants candidates rather than a quota. */
    static final int ALL = 100;

    private final Reading reading;
    private final String role;
    private final Items items;

    RolePools(Reading reading, String role, Items items) {
        this.reading = reading;
        this.role = role;
        this.items = items;
    }

    List<Hypothesis> hypotheses(int n) {
        return Items.pick(pools(s -> s.role(role).hypotheses()), n, items::hypothesis, Hypothesis::statement);
    }

    List<Recommendation> recommendations(int n) {
        return Items.pick(pools(s -> s.role(role).recommendations()), n, items::recommendation, Recommendation::title);
    }

    List<Risk> risks(int n) {
        return Items.pick(rolesFirst(Situation::risks, Situation.RiskItem::roles), n, items::risk, Risk::description);
    }

    /** Situations share KPIs (two may both track the win rate); the first situation's wording of one wins. */
    List<Kpi> kpis(int n) {
        var seen = new java.util.HashSet<String>();
        var pools = rolesFirst(Situation::kpis, Situation.KpiItem::roles).stream()
                .map(pool -> pool.stream().filter(k -> seen.add(k.key())).toList())
                .toList();
        return Items.pick(pools, n, items::kpi, Kpi::name);
    }

    /** The primary situation's and the general playbook's assumptions for this advisor, then what the data is. */
    List<String> assumptions() {
        var assumptions = new ArrayList<String>();
        for (Situation s : List.of(reading.primary(), reading.kb().general())) {
            for (Situation.ScopedText a : s.role(role).assumptions()) {
                if (a.appliesTo(reading.brief().businessType()))
                    items.text(a.text()).ifPresent(assumptions::add);
            }
        }
        String dataKey = reading.brief().data().isEmpty() ? "assumption.no_data" : "assumption.data";
        items.text(reading.kb().phrase(dataKey)).ifPresent(assumptions::add);
        return assumptions.stream().distinct().toList();
    }

    private <T> List<List<T>> pools(Function<Situation, List<T>> pool) {
        return reading.situations().stream().map(pool).toList();
    }

    /** Each situation's items with this advisor's own first, so the others' fill in only when its own run out. */
    private <T> List<List<T>> rolesFirst(Function<Situation, List<T>> pool, Function<T, List<String>> roles) {
        return reading.situations().stream()
                .map(s -> {
                    var own = new ArrayList<T>();
                    var others = new ArrayList<T>();
                    for (T item : pool.apply(s)) (roles.apply(item).contains(role) ? own : others).add(item);
                    own.addAll(others);
                    return List.copyOf(own);
                })
                .toList();
    }
}
