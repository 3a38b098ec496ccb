package dev.consultor.engine.render;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.SkippedStage;
import dev.consultor.engine.deliberation.StageUsage;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.Position;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.deliberation.debate.Resolution;
import dev.consultor.engine.deliberation.debate.Round;
import dev.consultor.engine.deliberation.debate.Turn;
import dev.consultor.engine.deliberation.history.Precedent;
import dev.consultor.engine.deliberation.meeting.PeerReview;
import java.util.Locale;

/** How the board got to its decisions: precedents, conflicts and debates, the peer review, and what it cost. */
final class BoardSections extends Sections {
    BoardSections(Consultation consultation, Roster roster) {
        super(consultation, roster);
    }

    String precedents() {
        if (d().precedents().isEmpty()) return "";
        var out = heading(2, labels.get("precedents"));
        for (Precedent p : d().precedents()) {
            out.append("- ")
                    .append(Md.inline(labels.get(
                            "precedent.line",
                            "date",
                            date(p.date()),
                            "id",
                            p.id(),
                            "score",
                            p.score(),
                            "themes",
                            String.join(", ", p.sharedThemes()))));
            if (p.bearsOnDecision())
                out.append(" — ").append(Md.inline(labels.get("precedent.bears", "decision", p.decision())));
            out.append('\n');
        }
        return out.append('\n').toString();
    }

    String conflicts() {
        if (artifacts() == null && d().conflicts().isEmpty()) return "";
        var out = heading(2, labels.get("conflicts"));
        if (d().conflicts().isEmpty())
            return out.append(labels.get("conflicts.none")).append("\n\n").toString();
        for (Conflict c : d().conflicts()) {
            out.append("### ")
                    .append(c.id())
                    .append(" — ")
                    .append(Md.inline(c.topic()))
                    .append("\n\n");
            out.append(labels.get(
                            "conflict.meta",
                            "type",
                            labels.get("type." + Format.lower(c.type())),
                            "severity",
                            labels.get("severity." + Format.lower(c.severity())),
                            "advisors",
                            String.join(
                                    ", ", c.advisors().stream().map(this::name).toList())))
                    .append("\n\n");
            for (Position p : c.positions()) {
                out.append("- ")
                        .append(labels.get(
                                "conflict.position",
                                "advisor",
                                Md.inline(name(p.advisor())),
                                "position",
                                Md.inline(p.position()),
                                "confidence",
                                Format.percent(p.confidence())))
                        .append('\n');
                if (!p.reasoning().isBlank())
                    out.append("  - ")
                            .append(labels.get("conflict.reasoning", "reasoning", Md.inline(p.reasoning())))
                            .append('\n');
                if (!p.evidence().isEmpty())
                    out.append("  - ")
                            .append(labels.get("conflict.evidence", "evidence", Md.joined(p.evidence())))
                            .append('\n');
            }
            out.append('\n');
            d().debateOf(c.id()).ifPresent(debate -> debate(out, debate));
        }
        return out.toString();
    }

    private void debate(StringBuilder out, Debate debate) {
        for (Round round : debate.rounds()) {
            out.append("**")
                    .append(labels.get("debate.round", "round", round.number()))
                    .append("**\n\n");
            for (Turn t : round.turns()) {
                out.append("- ")
                        .append(labels.get(
                                "debate.turn",
                                "advisor",
                                Md.inline(name(t.advisor())),
                                "move",
                                labels.get("move." + Format.lower(t.move())),
                                "statement",
                                Md.inline(t.statement())))
                        .append('\n');
            }
            out.append('\n');
        }
        String reason = dev.consultor.engine.deliberation.Texts.of(language)
                .get(debate.stopReason().textKey());
        out.append(labels.get("debate.stopped", "reason", reason)).append("\n\n");
        Resolution r = debate.resolution();
        out.append("> ")
                .append(labels.get(
                        "resolution", "method", labels.get("method." + method(r)), "decision", Md.inline(r.decision())))
                .append('\n');
        if (!r.tradeOffs().isEmpty())
            out.append(">\n> ")
                    .append(labels.get("resolution.tradeoffs", "items", Md.joined(r.tradeOffs())))
                    .append('\n');
        if (!r.dissent().isEmpty()) {
            out.append(">\n> ")
                    .append(labels.get(
                            "resolution.dissent",
                            "items",
                            Md.joined(r.dissent().stream().map(this::name).toList())))
                    .append('\n');
        }
        out.append(">\n> ")
                .append(labels.get("resolution.confidence", "confidence", Format.percent(r.confidence())))
                .append("\n\n");
    }

    static String method(Resolution r) {
        return switch (r) {
            case Resolution.Consensus c -> "consensus";
            case Resolution.Compromise c -> "compromise";
            case Resolution.Majority m -> "majority";
            case Resolution.ChairDecision c -> "chair_decision";
        };
    }

    String peerReview() {
        PeerReview review = d().peerReview();
        if (review == null) return "";
        var out = heading(2, labels.get("peer_review"));
        out.append(labels.get("peer_review.note")).append("\n\n");
        out.append(labels.get("peer_review.header")).append('\n').append("|---|---|---|---|\n");
        for (PeerReview.Standing s : review.standings()) {
            Md.row(out, String.valueOf(s.rank()), s.title(), name(s.advisor()), String.valueOf(s.points()));
        }
        return out.append('\n').toString();
    }

    String usage() {
        if (consultation.stageUsage().isEmpty()) return "";
        var out = heading(2, labels.get("calls"));
        out.append(labels.get("usage.header")).append('\n').append("|---|---|---|---|---|---|\n");
        for (StageUsage u : consultation.stageUsage()) {
            Md.row(
                    out,
                    stage(u.stage()),
                    name(u.advisor()),
                    String.valueOf(u.usage().calls()),
                    String.valueOf(u.usage().tokens().inputTokens()),
                    String.valueOf(u.usage().tokens().outputTokens()),
                    String.format(Locale.ROOT, "%.4f", u.usage().costUsd()));
        }
        var b = d().bounds();
        out.append('\n')
                .append(labels.get(
                        "usage.bounds",
                        "calls",
                        b.calls(),
                        "max",
                        b.maxCalls(),
                        "tokens",
                        b.outputTokens(),
                        "max_tokens",
                        b.maxOutputTokens()))
                .append('\n');
        for (SkippedStage s : d().skipped()) {
            out.append("\n- ")
                    .append(labels.get("usage.skipped", "stage", stage(s.stage()), "reason", Md.inline(s.reason())));
        }
        return out.append("\n\n").toString();
    }
}
