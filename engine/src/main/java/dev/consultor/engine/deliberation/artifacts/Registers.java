package dev.consultor.engine.deliberation.artifacts;

import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.ColumnProfile;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Risk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/** The risk register and the KPI scorecard: the reports' risks and KPIs, merged, de-duplicated and ordered. */
final class Registers {
    private Registers() {}

    static List<RiskRegister.Entry> risks(List<AgentReport> reports, Roster roster, Language language) {
        var entries = new ArrayList<RiskRegister.Entry>();
        var seen = new HashSet<String>();
        for (AgentReport report : reports) {
            for (Risk r : report.risks()) {
                if (!seen.add(Format.fold(r.description()))) continue;
                String owner = r.owner().isBlank()
                        ? roster.find(report.advisor())
                                .map(a -> a.boardRole().label(language))
                                .orElse(report.advisor())
                        : r.owner();
                entries.add(new RiskRegister.Entry(
                        r.description(),
                        r.probability(),
                        r.impact(),
                        r.score(),
                        r.mitigation(),
                        owner,
                        report.advisor()));
            }
        }
        entries.sort(Comparator.comparingInt(RiskRegister.Entry::score).reversed());
        return entries;
    }

    static List<KpiScorecard.Entry> kpis(List<AgentReport> reports, Brief brief) {
        var entries = new ArrayList<KpiScorecard.Entry>();
        var seen = new HashSet<String>();
        for (AgentReport report : reports) {
            for (Kpi k : report.kpis()) {
                if (!seen.add(Format.fold(k.name()))) continue;
                Double baseline = k.baseline();
                String source = "report";
                if (baseline == null) {
                    ColumnProfile column = column(brief, k.name());
                    if (column != null) {
                        baseline = column.last();
                        source = "data";
                    } else if (k.unit().contains("%")
                            && ProblemFigures.currentPercent(brief.problem(), k.name()) != null) {
                        baseline = ProblemFigures.currentPercent(brief.problem(), k.name());
                        source = "problem";
                    } else {
                        source = "unknown";
                    }
                }
                entries.add(new KpiScorecard.Entry(
                        k.name(),
                        k.unit(),
                        baseline,
                        source,
                        k.target(),
                        brief.asOf().plusDays(k.deadlineDays()),
                        k.direction(),
                        report.advisor()));
            }
        }
        return entries;
    }

    /** The attached data column a KPI is named after, matched on folded names. */
    private static ColumnProfile column(Brief brief, String kpiName) {
        String name = Format.fold(kpiName);
        for (DataSet set : brief.data()) {
            for (ColumnProfile c : set.columns()) {
                String col = Format.fold(c.name().replace('_', ' '));
                if (!col.isEmpty() && (name.equals(col) || name.contains(col) || col.contains(name))) return c;
            }
        }
        return null;
    }
}
