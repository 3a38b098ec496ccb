package dev.consultor.engine.render;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes one advisor's report: summary, hypotheses, recommendations, risks, KPIs, assumptions, budget. */
final class ReportMarkdown {
    private final StringBuilder out;
    private final Labels labels;
    private final Formats formats;
    private final Brief brief;

    ReportMarkdown(StringBuilder out, Labels labels, Formats formats, Brief brief) {
        this.out = out;
        this.labels = labels;
        this.formats = formats;
        this.brief = brief;
    }

    void write(AgentReport report) {
        out.append(MarkdownText.inline(report.summary())).append("\n\n");
        hypotheses(report.hypotheses());
        recommendations(report.recommendations());
        risks(report.risks());
        kpis(report.kpis());
        assumptions(report.assumptions());
        if (report.budgetCeiling() != null) {
            out.append("**")
                    .append(labels.get("budget_ceiling"))
                    .append(":** ")
                    .append(formats.money(report.budgetCeiling(), brief.currency()))
                    .append("\n\n");
        }
    }

    private void hypotheses(List<Hypothesis> hypotheses) {
        if (hypotheses.isEmpty()) return;
        subheading("hypotheses");
        int n = 0;
        for (Hypothesis h : hypotheses) {
            String marker = ++n + ". ";
            out.append(marker)
                    .append(MarkdownText.inline(h.statement()))
                    .append(" — *")
                    .append(labels.format("confidence", formats.percent(h.confidence())))
                    .append("*\n");
            evidence(h.evidence(), " ".repeat(marker.length()));
        }
        out.append('\n');
    }

    private void recommendations(List<Recommendation> recommendations) {
        if (recommendations.isEmpty()) return;
        subheading("recommendations");
        int n = 0;
        for (Recommendation r : recommendations) {
            String marker = ++n + ". ";
            String indent = " ".repeat(marker.length());
            out.append(marker)
                    .append("**")
                    .append(MarkdownText.inline(r.title()))
                    .append("**\n");
            if (!r.rationale().isEmpty())
                out.append(indent).append(MarkdownText.inline(r.rationale())).append('\n');
            out.append(indent)
                    .append("- ")
                    .append(String.join(
                            " · ",
                            field("horizon", labels.of("horizon", r.horizon())),
                            field("cost", cost(r)),
                            field("impact", labels.of("level", r.impact())),
                            field("owner", r.owner().isEmpty() ? "—" : MarkdownText.inline(r.owner()))))
                    .append('\n');
            var details = new java.util.ArrayList<String>();
            if (!r.stances().isEmpty()) {
                details.add(field(
                        "stances",
                        r.stances().stream().map(s -> labels.of("stance", s)).collect(Collectors.joining(", "))));
            }
            if (!r.kpi().isEmpty()) details.add(field("kpi", MarkdownText.inline(r.kpi())));
            details.add(labels.format("confidence", formats.percent(r.confidence())));
            out.append(indent).append("- ").append(String.join(" · ", details)).append('\n');
            evidence(r.evidence(), indent);
        }
        out.append('\n');
    }

    private String cost(Recommendation r) {
        String level = labels.of("level", r.cost().level());
        Double amount = r.cost().amount();
        return amount == null ? level : level + " (" + formats.money(amount, brief.currency()) + ")";
    }

    private void risks(List<Risk> risks) {
        if (risks.isEmpty()) return;
        subheading("risks");
        var byScore = risks.stream()
                .sorted(Comparator.comparingInt(Risk::score).reversed())
                .toList();
        for (Risk risk : byScore) {
            out.append("- **")
                    .append(MarkdownText.inline(risk.description()))
                    .append("** — ")
                    .append(labels.format(
                            "risk.score",
                            formats.integer(risk.probability()),
                            formats.integer(risk.impact()),
                            formats.integer(risk.score())))
                    .append('\n');
            var details = new java.util.ArrayList<String>();
            if (!risk.mitigation().isEmpty()) details.add(field("mitigation", MarkdownText.inline(risk.mitigation())));
            if (!risk.owner().isEmpty()) details.add(field("owner", MarkdownText.inline(risk.owner())));
            if (!details.isEmpty())
                out.append("  ").append(String.join(" · ", details)).append('\n');
        }
        out.append('\n');
    }

    private void kpis(List<Kpi> kpis) {
        if (kpis.isEmpty()) return;
        subheading("kpis");
        for (Kpi kpi : kpis) {
            String baseline =
                    kpi.baseline() == null ? labels.get("kpi.baseline_unknown") : value(kpi.baseline(), kpi.unit());
            out.append("- **")
                    .append(MarkdownText.inline(kpi.name()))
                    .append(":** ")
                    .append(labels.format(
                            "kpi.target",
                            baseline,
                            value(kpi.target(), kpi.unit()),
                            formats.date(brief.asOf().plusDays(kpi.deadlineDays())),
                            formats.integer(kpi.deadlineDays())))
                    .append(" — ")
                    .append(labels.of("direction", kpi.direction()))
                    .append('\n');
        }
        out.append('\n');
    }

    private String value(double value, String unit) {
        String u = unit.strip();
        if (u.isEmpty()) return formats.figure(value);
        if (u.equals("%")) return formats.number(value, 2) + "%";
        String code = u.toUpperCase(Locale.ROOT);
        if (code.equals(brief.currency()) || code.equals("BRL") || code.equals("USD") || code.equals("EUR")) {
            return formats.money(value, code);
        }
        return formats.figure(value) + " " + MarkdownText.inline(u);
    }

    private void assumptions(List<String> assumptions) {
        if (assumptions.isEmpty()) return;
        subheading("assumptions");
        for (String assumption : assumptions)
            out.append("- ").append(MarkdownText.inline(assumption)).append('\n');
        out.append('\n');
    }

    private void evidence(List<String> evidence, String indent) {
        if (evidence.isEmpty()) return;
        String joined = evidence.stream()
                .map(MarkdownText::inline)
                .map(Md::withoutFullStop)
                .collect(Collectors.joining("; "));
        out.append(indent).append("- ").append(field("evidence", joined)).append('\n');
    }

    private String field(String key, String value) {
        return labels.get(key) + ": " + value;
    }

    private void subheading(String key) {
        out.append("#### ").append(labels.get(key)).append("\n\n");
    }
}
