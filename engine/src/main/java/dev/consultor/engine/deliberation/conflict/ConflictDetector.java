package dev.consultor.engine.deliberation.conflict;

import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Dimension;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Finds conflicts between advisors on the typed fields of their reports: opposite stances on a dimension,
 * spending above the budget ceiling, incompatible targets for one KPI, and one action in incompatible horizons.
 * An advisor never conflicts with itself, and the result does not depend on the order of the reports.
 */
public final class ConflictDetector {
    static final double MATERIAL_SHARE = 0.2;

    private final Language language;
    private final String currency;
    private final Texts texts;
    private final java.util.Set<String> arbiters;

    public ConflictDetector(Language language, String currency) {
        this(language, currency, java.util.Set.of());
    }

    /**
     * @param arbiters advisors whose reports are left out because they settle conflicts rather than take part
     *     in them: the chair, whose recommendations synthesise the others'
     */
    public ConflictDetector(Language language, String currency, java.util.Set<String> arbiters) {
        this.language = language;
        this.currency = currency;
        this.texts = Texts.of(language);
        this.arbiters = java.util.Set.copyOf(arbiters);
    }

    /** Conflicts among all reports, most severe first, numbered C1, C2, ... */
    public List<Conflict> detect(List<AgentReport> reports) {
        List<AgentReport> sorted = reports.stream()
                .filter(r -> !arbiters.contains(r.advisor()))
                .sorted(Comparator.comparing(AgentReport::advisor))
                .toList();
        var byDimension = new ArrayList<Conflict>();
        for (Dimension dimension : Dimension.values()) {
            Conflict c = stanceConflict(sorted, dimension);
            if (c != null) byDimension.add(c);
        }
        var found = new ArrayList<>(foldSameDisagreement(byDimension));
        for (AgentReport setter : sorted) found.addAll(budgetConflict(setter, sorted));
        found.addAll(new KpiRule(texts).conflicts(sorted));
        found.addAll(new HorizonRule(texts).conflicts(sorted));
        found.sort(Comparator.comparing(Conflict::severity).reversed().thenComparing(Conflict::key));
        var numbered = new ArrayList<Conflict>(found.size());
        for (int i = 0; i < found.size(); i++) numbered.add(found.get(i).withId("C" + (i + 1)));
        return List.copyOf(numbered);
    }

    /**
     * One conflict per dimension on which advisors take opposite stances, each advisor represented by its
     * weightiest recommendation on that dimension.
     */
    private Conflict stanceConflict(List<AgentReport> reports, Dimension dimension) {
        // The weightiest pair of opposite recommendations sets the sides; every other advisor with a stance on
        // the dimension joins the side of its own weightiest one.
        Recommendation bestA = null, bestB = null;
        AgentReport authorA = null, authorB = null;
        double bestWeight = -1;
        String bestKey = "";
        for (AgentReport a : reports) {
            for (AgentReport b : reports) {
                if (a.advisor().compareTo(b.advisor()) >= 0) continue;
                for (Recommendation ra : a.recommendations()) {
                    Stance sa = stanceOn(ra, dimension);
                    if (sa == null) continue;
                    for (Recommendation rb : b.recommendations()) {
                        Stance sb = stanceOn(rb, dimension);
                        if (sb == null || !sa.opposes(sb)) continue;
                        double w = weight(ra) + weight(rb);
                        String key = ra.id() + "|" + rb.id();
                        if (w > bestWeight || (w == bestWeight && key.compareTo(bestKey) < 0)) {
                            bestWeight = w;
                            bestKey = key;
                            bestA = ra;
                            bestB = rb;
                            authorA = a;
                            authorB = b;
                        }
                    }
                }
            }
        }
        if (bestA == null) return null;
        var chosen = new LinkedHashMap<String, Recommendation>();
        for (AgentReport r : reports) {
            if (r == authorA) chosen.put(r.advisor(), bestA);
            else if (r == authorB) chosen.put(r.advisor(), bestB);
            else {
                r.recommendations().stream()
                        .filter(x -> stanceOn(x, dimension) != null)
                        .max(Comparator.comparingDouble(ConflictDetector::weight))
                        .ifPresent(x -> chosen.put(r.advisor(), x));
            }
        }
        var positions = new ArrayList<Position>();
        chosen.forEach((advisor, r) -> positions.add(
                position(report(reports, advisor), r, stanceOn(r, dimension).polarity())));
        var recommendations = List.copyOf(chosen.values());
        int stakes = 1 + maxCost(recommendations) + maxImpact(recommendations);
        String topic = texts.get("topic.stances." + Format.lower(dimension));
        return new Conflict(
                "",
                topic,
                typeOf(dimension),
                ConflictKind.OPPOSITE_STANCES,
                Severity.ofStakes(stakes),
                dimension,
                positions);
    }

    private static double weight(Recommendation r) {
        return r.cost().level().ordinal() + r.impact().ordinal() + r.confidence();
    }

    private static AgentReport report(List<AgentReport> reports, String advisor) {
        return reports.stream()
                .filter(r -> r.advisor().equals(advisor))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The same disagreement often shows on several dimensions (invest and move fast against cut and phase in):
     * a dimension's conflict whose advisors all take the same sides in a weightier conflict is folded into it.
     */
    private List<Conflict> foldSameDisagreement(List<Conflict> byDimension) {
        var ordered = new ArrayList<>(byDimension);
        ordered.sort(Comparator.comparing(Conflict::severity)
                .reversed()
                .thenComparing(c -> -c.positions().size())
                .thenComparing(c -> c.dimension().ordinal()));
        var kept = new ArrayList<Conflict>();
        for (Conflict c : ordered) {
            int host = -1;
            for (int i = 0; i < kept.size() && host < 0; i++) {
                if (sidesWithin(c, kept.get(i))) host = i;
            }
            if (host < 0) {
                kept.add(c);
                continue;
            }
            Conflict h = kept.get(host);
            kept.set(
                    host,
                    new Conflict(
                            h.id(),
                            h.topic() + "; " + c.topic(),
                            h.type(),
                            h.kind(),
                            h.severity(),
                            h.dimension(),
                            h.positions()));
        }
        return kept;
    }

    /** Every advisor of {@code inner} sits in {@code outer} on the same side (or on the opposite side throughout). */
    private static boolean sidesWithin(Conflict inner, Conflict outer) {
        for (int flip : new int[] {1, -1}) {
            boolean all = true;
            for (Position p : inner.positions()) {
                boolean match = outer.positions().stream()
                        .anyMatch(o -> o.advisor().equals(p.advisor()) && o.side() == p.side() * flip);
                if (!match) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    private List<Conflict> budgetConflict(AgentReport setter, List<AgentReport> reports) {
        Double ceiling = setter.budgetCeiling();
        if (ceiling == null) return List.of();
        double total = 0;
        var spenders = new ArrayList<Position>();
        for (AgentReport other : reports) {
            if (other.advisor().equals(setter.advisor()) || other.budgetCeiling() != null) continue;
            double spend = 0;
            Recommendation largest = null;
            for (Recommendation r : other.recommendations()) {
                if (r.cost().amount() == null) continue;
                spend += r.cost().amount();
                if (largest == null || r.cost().amount() > largest.cost().amount()) largest = r;
            }
            if (largest == null) continue;
            total += spend;
            Position p = position(other, largest, 1);
            spenders.add(new Position(
                    p.advisor(),
                    p.recommendationId(),
                    p.position(),
                    p.reasoning(),
                    p.confidence(),
                    p.evidence(),
                    1,
                    spend));
        }
        if (spenders.isEmpty() || total <= ceiling) return List.of();
        var positions = new ArrayList<Position>();
        positions.add(ceilingPosition(setter, ceiling));
        // The advisors whose spending makes the difference take part; small line items stay out of the dispute.
        double share = MATERIAL_SHARE * total;
        spenders.stream().filter(p -> p.costAmount() >= share).forEach(positions::add);
        double ratio = ceiling == 0 ? Double.POSITIVE_INFINITY : total / ceiling;
        Severity severity = ratio > 2
                ? Severity.CRITICAL
                : ratio > 1.5 ? Severity.HIGH : ratio > 1.1 ? Severity.MEDIUM : Severity.LOW;
        String topic = texts.get(
                "topic.budget",
                "spend",
                Format.money(total, currency, language),
                "ceiling",
                Format.money(ceiling, currency, language));
        return List.of(new Conflict(
                "", topic, ConflictType.FINANCIAL, ConflictKind.BUDGET_EXCEEDED, severity, null, positions));
    }

    private Position ceilingPosition(AgentReport setter, double ceiling) {
        Recommendation restraint = setter.recommendations().stream()
                .filter(r -> r.stances().stream().anyMatch(s -> s.polarity() < 0))
                .findFirst()
                .orElse(null);
        String title = texts.get("position.ceiling", "ceiling", Format.money(ceiling, currency, language));
        if (restraint == null) {
            return new Position(
                    setter.advisor(),
                    setter.advisor() + ":budget_ceiling",
                    title,
                    setter.summary(),
                    0.8,
                    List.of(),
                    -1,
                    ceiling);
        }
        return new Position(
                setter.advisor(),
                restraint.id(),
                title + " — " + restraint.title(),
                restraint.rationale(),
                restraint.confidence(),
                restraint.evidence(),
                -1,
                ceiling);
    }

    static Stance stanceOn(Recommendation r, Dimension dimension) {
        for (Stance s : r.stances()) if (s.dimension() == dimension) return s;
        return null;
    }

    static Position position(AgentReport report, Recommendation r, int side) {
        return new Position(
                report.advisor(),
                r.id(),
                r.title(),
                r.rationale(),
                r.confidence(),
                r.evidence(),
                side,
                r.cost().amount());
    }

    static int maxCost(List<Recommendation> recommendations) {
        return recommendations.stream()
                .mapToInt(r -> r.cost().level().ordinal())
                .max()
                .orElse(0);
    }

    static int maxImpact(List<Recommendation> recommendations) {
        return recommendations.stream()
                .mapToInt(r -> r.impact().ordinal())
                .max()
                .orElse(0);
    }

    static ConflictType typeOf(Dimension dimension) {
        return switch (dimension) {
            case INVESTMENT -> ConflictType.FINANCIAL;
            case PRICE -> ConflictType.TACTICAL;
            case PACE -> ConflictType.PRIORITY;
            case FOCUS -> ConflictType.STRATEGIC;
            case RISK_APPETITE -> ConflictType.RISK;
        };
    }

    /** Conflicts between exactly these two reports, for tests and pairwise checks. */
    public List<Conflict> detect(AgentReport a, AgentReport b) {
        return detect(List.of(a, b));
    }
}
