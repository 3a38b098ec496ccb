package dev.consultor.engine.deliberation.conflict;

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
 * Opposite stances on a dimension. The weightiest pair of opposite recommendations of two advisors sets the sides;
 * every other advisor with a stance on the dimension joins the side of its own weightiest one. The same
 * disagreement often shows on several dimensions (invest and move fast against cut and phase in): a dimension's
 * conflict whose advisors all sit on the same sides in a weightier one is folded into it.
 */
final class StanceRule {
    private final Texts texts;

    StanceRule(Texts texts) {
        this.texts = texts;
    }

    List<Conflict> conflicts(List<AgentReport> reports) {
        var byDimension = new ArrayList<Conflict>();
        for (Dimension dimension : Dimension.values()) {
            Conflict c = stanceConflict(reports, dimension);
            if (c != null) byDimension.add(c);
        }
        return foldSameDisagreement(byDimension);
    }

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
                    Stance sa = ConflictDetector.stanceOn(ra, dimension);
                    if (sa == null) continue;
                    for (Recommendation rb : b.recommendations()) {
                        Stance sb = ConflictDetector.stanceOn(rb, dimension);
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
                        .filter(x -> ConflictDetector.stanceOn(x, dimension) != null)
                        .max(Comparator.comparingDouble(StanceRule::weight))
                        .ifPresent(x -> chosen.put(r.advisor(), x));
            }
        }
        var positions = new ArrayList<Position>();
        chosen.forEach((advisor, r) -> positions.add(ConflictDetector.position(
                report(reports, advisor),
                r,
                ConflictDetector.stanceOn(r, dimension).polarity())));
        var recommendations = List.copyOf(chosen.values());
        int stakes = 1 + ConflictDetector.maxCost(recommendations) + ConflictDetector.maxImpact(recommendations);
        String topic = texts.get("topic.stances." + Format.lower(dimension));
        return new Conflict(
                "",
                topic,
                ConflictDetector.typeOf(dimension),
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
}
