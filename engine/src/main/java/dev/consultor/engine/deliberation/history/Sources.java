package dev.consultor.engine.deliberation.history;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.deliberation.meeting.Decision;
import dev.consultor.engine.model.RefineIntent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import java.util.ArrayList;
import java.util.List;

/** Every citable piece of a consultation, each with a stable id. */
final class Sources {
    private Sources() {}

    static List<RefineIntent.Source> of(Consultation consultation) {
        var sources = new ArrayList<RefineIntent.Source>();
        for (Decision d : consultation.deliberation().decisions()) {
            sources.add(new RefineIntent.Source(
                    "decision:" + d.id(),
                    "decision",
                    "board",
                    d.title() + " — " + d.owner().label(consultation.brief().language()) + ", " + d.due() + ". "
                            + d.successMetric()));
        }
        for (Debate debate : consultation.deliberation().debates()) {
            String topic = consultation.deliberation().conflicts().stream()
                    .filter(c -> c.id().equals(debate.conflictId()))
                    .map(Conflict::topic)
                    .findFirst()
                    .orElse("");
            sources.add(new RefineIntent.Source(
                    "resolution:" + debate.conflictId(),
                    "resolution",
                    "board",
                    topic + ": " + debate.resolution().decision() + " "
                            + String.join("; ", debate.resolution().tradeOffs())));
        }
        for (AgentReport report : consultation.reports()) {
            String a = report.advisor();
            sources.add(new RefineIntent.Source(a + ":summary", "summary", a, report.summary()));
            for (Recommendation r : report.recommendations()) {
                sources.add(new RefineIntent.Source(
                        r.id(),
                        "recommendation",
                        a,
                        r.title() + ". " + r.rationale() + (r.kpi().isEmpty() ? "" : " (" + r.kpi() + ")")));
            }
            int i = 0;
            for (Hypothesis h : report.hypotheses()) {
                sources.add(new RefineIntent.Source(
                        a + ":hypothesis-" + (++i),
                        "hypothesis",
                        a,
                        h.statement() + " " + String.join("; ", h.evidence())));
            }
            i = 0;
            for (Risk r : report.risks()) {
                sources.add(new RefineIntent.Source(
                        "risk:" + a + "-" + (++i), "risk", a, r.description() + ". " + r.mitigation()));
            }
            i = 0;
            for (Kpi k : report.kpis()) {
                sources.add(new RefineIntent.Source(
                        "kpi:" + a + "-" + (++i),
                        "kpi",
                        a,
                        k.name() + ": " + (k.baseline() == null ? "?" : k.baseline()) + " → " + k.target() + " "
                                + k.unit() + " (" + k.deadlineDays() + "d)"));
            }
        }
        return List.copyOf(sources);
    }
}
