package dev.consultor.engine.deliberation.conflict;

import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Names;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.List;

/**
 * The same action scheduled by two advisors in horizons more than one step apart. Two recommendations are the
 * same action when their folded titles are equal, or when they move the same KPI with a shared stance.
 */
final class HorizonRule {
    private final Language language;
    private final Texts texts;

    HorizonRule(Language language, Texts texts) {
        this.language = language;
        this.texts = texts;
    }

    List<Conflict> conflicts(List<AgentReport> reports) {
        var conflicts = new ArrayList<Conflict>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                AgentReport a = reports.get(i);
                AgentReport b = reports.get(j);
                if (a.advisor().equals(b.advisor())) continue;
                for (Recommendation ra : a.recommendations()) {
                    for (Recommendation rb : b.recommendations()) {
                        if (!sameAction(ra, rb) || !ra.horizon().incompatibleWith(rb.horizon())) continue;
                        int stakes = Math.max(
                                        ra.cost().level().ordinal(),
                                        rb.cost().level().ordinal())
                                + Math.max(ra.impact().ordinal(), rb.impact().ordinal());
                        Severity severity = Severity.ofStakes(Math.min(stakes, 4));
                        String topic = texts.get(
                                "topic.horizon",
                                "action",
                                ra.title(),
                                "a",
                                Names.of(ra.horizon(), language),
                                "b",
                                Names.of(rb.horizon(), language));
                        int sideA = ra.horizon().ordinal() < rb.horizon().ordinal() ? 1 : -1;
                        conflicts.add(new Conflict(
                                "",
                                topic,
                                ConflictType.PRIORITY,
                                ConflictKind.HORIZON_MISMATCH,
                                severity,
                                null,
                                List.of(
                                        ConflictDetector.position(a, ra, sideA),
                                        ConflictDetector.position(b, rb, -sideA))));
                    }
                }
            }
        }
        return conflicts;
    }

    static boolean sameAction(Recommendation a, Recommendation b) {
        if (Format.fold(a.title()).equals(Format.fold(b.title()))) return true;
        if (a.kpi().isEmpty() || !Format.fold(a.kpi()).equals(Format.fold(b.kpi()))) return false;
        for (Stance s : a.stances()) if (b.stances().contains(s)) return true;
        return false;
    }
}
