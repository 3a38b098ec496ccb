package dev.consultor.engine.deliberation.conflict;

import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same KPI (by folded name) with targets that cannot both be right: opposite directions, or targets more
 * than {@value #TOLERANCE} apart relative to the larger one.
 */
final class KpiRule {
    static final double TOLERANCE = 0.25;

    private final Texts texts;

    KpiRule(Texts texts) {
        this.texts = texts;
    }

    List<Conflict> conflicts(List<AgentReport> reports) {
        Map<String, List<Owned>> byName = new LinkedHashMap<>();
        for (AgentReport report : reports) {
            for (Kpi kpi : report.kpis()) {
                byName.computeIfAbsent(Format.fold(kpi.name()), k -> new ArrayList<>())
                        .add(new Owned(report, kpi));
            }
        }
        var conflicts = new ArrayList<Conflict>();
        byName.forEach((name, owned) -> {
            var involved = new LinkedHashMap<String, Position>();
            boolean opposite = false;
            double widest = 0;
            for (Owned a : owned) {
                for (Owned b : owned) {
                    if (a.report.advisor().equals(b.report.advisor())) continue;
                    if (opposite(a.kpi, b.kpi)) opposite = true;
                    else if (gap(a.kpi, b.kpi) <= TOLERANCE) continue;
                    widest = Math.max(widest, gap(a.kpi, b.kpi));
                    int side = opposite(a.kpi, b.kpi)
                            ? (a.kpi.direction() == Direction.INCREASE ? 1 : -1)
                            : (a.kpi.target() > b.kpi.target() ? 1 : -1);
                    involved.putIfAbsent(a.report.advisor() + "/" + a.kpi, position(a, side));
                }
            }
            if (involved.size() < 2) return;
            Severity severity = opposite ? Severity.HIGH : widest > 0.5 ? Severity.MEDIUM : Severity.LOW;
            String topic = texts.get("topic.kpi", "kpi", owned.getFirst().kpi.name());
            conflicts.add(new Conflict(
                    "",
                    topic,
                    ConflictType.TACTICAL,
                    ConflictKind.KPI_TARGETS,
                    severity,
                    null,
                    List.copyOf(involved.values())));
        });
        return conflicts;
    }

    private static boolean opposite(Kpi a, Kpi b) {
        return (a.direction() == Direction.INCREASE && b.direction() == Direction.DECREASE)
                || (a.direction() == Direction.DECREASE && b.direction() == Direction.INCREASE);
    }

    static double gap(Kpi a, Kpi b) {
        double larger = Math.max(Math.abs(a.target()), Math.abs(b.target()));
        return larger == 0 ? 0 : Math.abs(a.target() - b.target()) / larger;
    }

    private Position position(Owned owned, int side) {
        Kpi kpi = owned.kpi;
        Recommendation linked = owned.report.recommendations().stream()
                .filter(r -> Format.fold(r.kpi()).equals(Format.fold(kpi.name())))
                .findFirst()
                .orElse(null);
        String text = kpi.name() + " → " + formatTarget(kpi) + " (" + kpi.deadlineDays() + "d, "
                + Format.lower(kpi.direction()) + ")";
        if (linked == null) {
            return new Position(
                    owned.report.advisor(),
                    owned.report.advisor() + ":kpi:" + Format.fold(kpi.name()).replace(' ', '_'),
                    text,
                    owned.report.summary(),
                    0.7,
                    List.of(),
                    side,
                    null);
        }
        return new Position(
                owned.report.advisor(),
                linked.id(),
                text,
                linked.rationale(),
                linked.confidence(),
                linked.evidence(),
                side,
                linked.cost().amount());
    }

    private static String formatTarget(Kpi kpi) {
        double t = kpi.target();
        String number = t == Math.rint(t) ? String.valueOf((long) t) : String.valueOf(t);
        if (kpi.unit().isEmpty()) return number;
        return kpi.unit().equals("%") ? number + "%" : number + " " + kpi.unit();
    }

    private record Owned(AgentReport report, Kpi kpi) {}
}
