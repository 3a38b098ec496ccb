package dev.consultor.engine.deliberation.artifacts;

import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Deliberation;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Reports;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.Position;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.deliberation.meeting.Decision;
import dev.consultor.engine.deliberation.meeting.MeetingRunner;
import dev.consultor.engine.deliberation.meeting.Proposal;
import dev.consultor.engine.deliberation.meeting.Tally;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Names;
import dev.consultor.engine.report.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the executive artifacts from the typed reports and the deliberation, without model calls, in the
 * brief's language. The key decision is the first decision; its alternatives are the positions it prevailed
 * over and the proposals the board rejected.
 */
public final class ArtifactBuilder {
    private final Brief brief;
    private final Roster roster;
    private final Texts texts;
    private final String context;

    public ArtifactBuilder(Brief brief, Roster roster) {
        this.brief = brief;
        this.roster = roster;
        this.texts = Texts.of(brief.language());
        this.context = ProblemFigures.context(brief.problem());
    }

    public Artifacts build(List<AgentReport> reports, Deliberation deliberation) {
        RiskRegister risks = new RiskRegister(context, Registers.risks(reports, roster, brief.language()));
        KpiScorecard scorecard = new KpiScorecard(context, Registers.kpis(reports, brief));
        ActionPlan plan = new ActionPlan(context, new Planner(brief, roster, texts).plan(reports, deliberation));
        DecisionRecord record = decisionRecord(reports, deliberation);
        return new Artifacts(summary(reports, deliberation, record, plan, risks), record, plan, risks, scorecard);
    }

    private ExecutiveSummary summary(
            List<AgentReport> reports, Deliberation d, DecisionRecord record, ActionPlan plan, RiskRegister risks) {
        Optional<Decision> key = d.decisions().stream().findFirst();
        Optional<Recommendation> basis = key.flatMap(k -> Reports.find(reports, k.basis()));
        Optional<Debate> debate = key.flatMap(k -> d.debateOf(k.conflictId()));
        String rationale =
                basis.map(Recommendation::rationale).filter(r -> !r.isBlank()).orElseGet(() -> chairSummary(reports));
        double confidence = debate.map(x -> x.resolution().confidence())
                .or(() -> basis.map(Recommendation::confidence))
                .orElse(averageConfidence(reports));
        var topRisks = risks.entries().stream()
                .limit(3)
                .map(e -> texts.get(
                        "artifact.risk",
                        "description",
                        e.description(),
                        "probability",
                        e.probability(),
                        "impact",
                        e.impact(),
                        "score",
                        e.score()))
                .toList();
        var nextSteps = plan.actions().stream()
                .limit(3)
                .map(a -> texts.get(
                        "artifact.step",
                        "title",
                        a.title(),
                        "owner",
                        a.owner().label(brief.language()),
                        "due",
                        Format.date(a.due(), brief.language())))
                .toList();
        var precedents = d.precedents().stream()
                .filter(p -> p.bearsOnDecision())
                .map(p -> texts.get(
                        "precedent.bears",
                        "date",
                        Format.date(p.date(), brief.language()),
                        "themes",
                        String.join(", ", p.sharedThemes()),
                        "decision",
                        p.decision()))
                .toList();
        return new ExecutiveSummary(
                context,
                record.chosen().title(),
                rationale,
                Math.round(confidence * 100) / 100.0,
                topRisks,
                nextSteps,
                key.map(Decision::owner).orElse(BoardRole.CHAIR),
                MeetingRunner.reviewDate(brief),
                precedents);
    }

    private DecisionRecord decisionRecord(List<AgentReport> reports, Deliberation d) {
        Optional<Decision> key = d.decisions().stream().findFirst();
        if (key.isEmpty()) {
            return new DecisionRecord(
                    context,
                    new DecisionRecord.Option(
                            texts.get("artifact.no_decision"), texts.get("artifact.board"), List.of(), List.of()),
                    List.of());
        }
        Decision decision = key.get();
        Optional<Recommendation> basis = Reports.find(reports, decision.basis());
        Optional<Debate> debate = d.debateOf(decision.conflictId());
        var pros = new ArrayList<String>();
        var cons = new ArrayList<String>();
        basis.ifPresent(r -> {
            pros.addAll(prosOf(r));
            cons.addAll(consOf(r));
        });
        if (basis.isEmpty()) {
            // A middle way keeps what each side argued for.
            d.conflicts().stream()
                    .filter(c -> c.id().equals(decision.conflictId()))
                    .flatMap(c -> c.positions().stream())
                    .map(Position::reasoning)
                    .filter(r -> !r.isBlank())
                    .distinct()
                    .limit(2)
                    .forEach(pros::add);
        }
        debate.ifPresent(x -> {
            pros.add(texts.get(
                    "artifact.pro.confidence",
                    "confidence",
                    Format.percent(x.resolution().confidence())));
            cons.addAll(x.resolution().tradeOffs());
        });
        var chosen = new DecisionRecord.Option(
                decision.title(),
                basis.map(r -> Reports.authorOf(reports, r)).orElse(texts.get("artifact.board")),
                pros,
                cons);
        var alternatives = new ArrayList<DecisionRecord.Alternative>();
        Optional<Conflict> conflict = d.conflicts().stream()
                .filter(c -> c.id().equals(decision.conflictId()))
                .findFirst();
        if (conflict.isPresent() && debate.isPresent()) {
            for (Position p : conflict.get().positions()) {
                if (p.recommendationId().equals(decision.basis())) continue;
                var option = Reports.find(reports, p.recommendationId())
                        .map(r -> new DecisionRecord.Option(r.title(), p.advisor(), prosOf(r), consOf(r)))
                        .orElse(new DecisionRecord.Option(
                                p.position(), p.advisor(), List.of(p.reasoning()), List.of()));
                alternatives.add(new DecisionRecord.Alternative(
                        option,
                        texts.get(
                                "artifact.lost.resolution",
                                "conflict",
                                debate.get().conflictId())));
            }
        }
        if (d.meeting() != null) {
            for (Proposal p : d.meeting().proposals()) {
                Tally t = d.meeting().tallies().stream()
                        .filter(x -> x.proposalId().equals(p.id()))
                        .findFirst()
                        .orElse(null);
                if (t == null || t.approved()) continue;
                var option = Reports.find(reports, p.basis())
                        .map(r -> new DecisionRecord.Option(p.title(), p.proposedBy(), prosOf(r), consOf(r)))
                        .orElse(new DecisionRecord.Option(p.title(), p.proposedBy(), List.of(), List.of()));
                alternatives.add(new DecisionRecord.Alternative(
                        option, texts.get("artifact.lost.rejected", "approve", t.approve(), "reject", t.reject())));
            }
        }
        if (alternatives.isEmpty()) {
            reports.stream()
                    .flatMap(r -> r.recommendations().stream())
                    .filter(r -> !r.id().equals(decision.basis()))
                    .filter(r -> d.decisions().stream().noneMatch(x -> x.basis().equals(r.id())))
                    .limit(2)
                    .forEach(r -> alternatives.add(new DecisionRecord.Alternative(
                            new DecisionRecord.Option(r.title(), Reports.authorOf(reports, r), prosOf(r), consOf(r)),
                            texts.get("artifact.lost.ranked"))));
        }
        return new DecisionRecord(context, chosen, alternatives);
    }

    private List<String> prosOf(Recommendation r) {
        var pros = new ArrayList<String>();
        if (!r.rationale().isBlank()) pros.add(r.rationale());
        pros.add(texts.get("artifact.pro.impact", "impact", Names.of(r.impact(), brief.language())));
        return pros;
    }

    private List<String> consOf(Recommendation r) {
        String cost = Names.of(r.cost().level(), brief.language())
                + (r.cost().amount() == null
                        ? ""
                        : " (" + Format.money(r.cost().amount(), brief.currency(), brief.language()) + ")");
        return List.of(
                texts.get("artifact.con.cost", "cost", cost),
                texts.get("artifact.con.horizon", "horizon", Names.of(r.horizon(), brief.language())));
    }

    private String chairSummary(List<AgentReport> reports) {
        String chair = roster.byBoardRole(BoardRole.CHAIR).map(a -> a.id()).orElse("");
        return reports.stream()
                .filter(r -> r.advisor().equals(chair))
                .map(AgentReport::summary)
                .findFirst()
                .orElse(reports.isEmpty() ? "" : reports.getFirst().summary());
    }

    private static double averageConfidence(List<AgentReport> reports) {
        return reports.stream()
                .flatMap(r -> r.recommendations().stream())
                .mapToDouble(Recommendation::confidence)
                .average()
                .orElse(0.5);
    }
}
