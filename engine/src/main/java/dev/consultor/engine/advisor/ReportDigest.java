package dev.consultor.engine.advisor;

import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A compact hand-off of a typed report to the advisors downstream: every typed field they reason on, none of
 * the prose padding, each report once.
 */
public final class ReportDigest {
    private ReportDigest() {}

    public static String of(String advisorName, AgentReport report) {
        var out = new StringBuilder();
        out.append("## ")
                .append(advisorName)
                .append(" [")
                .append(report.advisor())
                .append("]\n");
        out.append(report.summary()).append('\n');
        for (Hypothesis h : report.hypotheses()) {
            out.append("H ")
                    .append(pct(h.confidence()))
                    .append(' ')
                    .append(h.statement())
                    .append('\n');
        }
        for (Recommendation r : report.recommendations()) {
            out.append("R ").append(r.id()).append(' ').append(r.title());
            out.append(" {")
                    .append(r.stances().stream()
                            .map(s -> s.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(",")));
            out.append("; ").append(r.horizon().name().toLowerCase(Locale.ROOT));
            out.append("; cost ").append(r.cost().level().name().toLowerCase(Locale.ROOT));
            if (r.cost().amount() != null)
                out.append(' ').append(BriefText.number(r.cost().amount()));
            out.append("; impact ").append(r.impact().name().toLowerCase(Locale.ROOT));
            out.append("; ")
                    .append(r.owner())
                    .append("; ")
                    .append(pct(r.confidence()))
                    .append("}\n");
        }
        for (Risk k : report.risks()) {
            out.append("X ")
                    .append(k.probability())
                    .append('x')
                    .append(k.impact())
                    .append(' ');
            out.append(k.description()).append('\n');
        }
        for (Kpi k : report.kpis()) {
            out.append("K ").append(k.name()).append(": ");
            out.append(k.baseline() == null ? "?" : BriefText.number(k.baseline()));
            out.append(" → ").append(BriefText.number(k.target())).append(' ').append(k.unit());
            out.append(" (").append(k.deadlineDays()).append("d)\n");
        }
        if (report.budgetCeiling() != null) {
            out.append("B ").append(BriefText.number(report.budgetCeiling())).append('\n');
        }
        return out.toString();
    }

    private static String pct(double confidence) {
        return Math.round(confidence * 100) + "%";
    }
}
