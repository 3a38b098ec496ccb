package dev.consultor.engine.render;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.artifacts.ActionPlan;
import dev.consultor.engine.deliberation.artifacts.DecisionRecord;
import dev.consultor.engine.deliberation.artifacts.ExecutiveSummary;
import dev.consultor.engine.deliberation.artifacts.KpiScorecard;
import dev.consultor.engine.deliberation.artifacts.RiskRegister;
import dev.consultor.engine.report.Names;
import java.util.List;

/** The executive artifacts: summary, decision record, 30/60/90-day plan, risk register and KPI scorecard. */
final class ArtifactSections extends Sections {
    ArtifactSections(Consultation consultation, Roster roster) {
        super(consultation, roster);
    }

    String executiveSummary() {
        if (artifacts() == null) return "";
        ExecutiveSummary s = artifacts().executiveSummary();
        var out = heading(2, labels.get("summary"));
        out.append(field("summary.context", s.context()));
        out.append(field("summary.decision", s.keyDecision()));
        out.append(field("summary.rationale", s.rationale()));
        out.append(field("summary.confidence", Format.percent(s.confidence())));
        out.append(field("summary.owner", s.owner().label(language)));
        out.append(field("summary.review", date(s.reviewDate())));
        list(out, "summary.risks", s.topRisks());
        list(out, "summary.steps", s.nextSteps());
        list(out, "summary.precedents", s.precedents());
        return out.append('\n').toString();
    }

    String decisionRecord() {
        if (artifacts() == null) return "";
        DecisionRecord r = artifacts().decisionRecord();
        var out = heading(2, labels.get("record"));
        out.append(field("summary.context", r.context()));
        out.append("### ").append(labels.get("record.chosen")).append("\n\n");
        option(out, r.chosen());
        if (!r.alternatives().isEmpty()) {
            out.append("### ").append(labels.get("record.alternatives")).append("\n\n");
            for (DecisionRecord.Alternative a : r.alternatives()) {
                option(out, a.option());
                out.append("- ")
                        .append(labels.get("record.why"))
                        .append(": ")
                        .append(Md.inline(a.whyItLost()))
                        .append("\n\n");
            }
        }
        return out.toString();
    }

    private void option(StringBuilder out, DecisionRecord.Option o) {
        out.append("**")
                .append(Md.inline(o.title()))
                .append("** — ")
                .append(labels.get("record.by", "advisor", Md.inline(name(o.advisor()))))
                .append("\n\n");
        if (!o.pros().isEmpty())
            out.append("- ")
                    .append(labels.get("record.pros"))
                    .append(": ")
                    .append(Md.joined(o.pros()))
                    .append('\n');
        if (!o.cons().isEmpty())
            out.append("- ")
                    .append(labels.get("record.cons"))
                    .append(": ")
                    .append(Md.joined(o.cons()))
                    .append('\n');
        out.append('\n');
    }

    String actionPlan() {
        if (artifacts() == null) return "";
        ActionPlan plan = artifacts().actionPlan();
        var out = heading(2, labels.get("plan"));
        out.append(field("summary.context", plan.context()));
        for (int days : List.of(30, 60, 90)) {
            var actions = plan.bucket(days);
            if (actions.isEmpty()) continue;
            out.append("### ").append(labels.get("plan.bucket", "days", days)).append("\n\n");
            out.append(labels.get("plan.header")).append('\n').append("|---|---|---|---|---|---|---|\n");
            for (ActionPlan.Action a : actions) {
                Md.row(
                        out,
                        a.id(),
                        a.title(),
                        a.owner().label(language),
                        date(a.due()),
                        a.dependsOn(),
                        a.expectedEffect(),
                        a.kpi());
            }
            out.append('\n');
        }
        return out.toString();
    }

    String riskRegister() {
        if (artifacts() == null) return "";
        RiskRegister r = artifacts().riskRegister();
        var out = heading(2, labels.get("risk_register"));
        out.append(field("summary.context", r.context()));
        out.append(labels.get("risks.header")).append('\n').append("|---|---|---|---|---|---|\n");
        for (RiskRegister.Entry e : r.entries()) {
            Md.row(
                    out,
                    e.description(),
                    String.valueOf(e.probability()),
                    String.valueOf(e.impact()),
                    String.valueOf(e.score()),
                    e.mitigation(),
                    e.owner());
        }
        return out.append('\n').toString();
    }

    String kpiScorecard() {
        if (artifacts() == null) return "";
        KpiScorecard k = artifacts().kpiScorecard();
        var out = heading(2, labels.get("kpi_scorecard"));
        out.append(field("summary.context", k.context()));
        out.append(labels.get("kpis.header")).append('\n').append("|---|---|---|---|---|\n");
        for (KpiScorecard.Entry e : k.entries()) {
            String baseline = e.baseline() == null
                    ? labels.get("kpis.unknown")
                    : Format.quantity(e.baseline(), e.unit(), language) + " ("
                            + labels.get("source." + e.baselineSource())
                            + ")";
            Md.row(
                    out,
                    e.metric(),
                    baseline,
                    Format.quantity(e.target(), e.unit(), language),
                    date(e.deadline()),
                    Names.of(e.direction(), language));
        }
        return out.append('\n').toString();
    }
}
