package dev.consultor.engine.render;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.meeting.ActionItem;
import dev.consultor.engine.deliberation.meeting.AgendaItem;
import dev.consultor.engine.deliberation.meeting.BoardMeeting;
import dev.consultor.engine.deliberation.meeting.Decision;
import dev.consultor.engine.deliberation.meeting.Member;
import dev.consultor.engine.deliberation.meeting.Phase;
import dev.consultor.engine.deliberation.meeting.Proposal;
import dev.consultor.engine.deliberation.meeting.Statement;
import dev.consultor.engine.deliberation.meeting.Tally;
import dev.consultor.engine.deliberation.meeting.Vote;
import java.util.List;

/** The minutes ("Ata executiva" / "Board minutes"), or the chair's decisions when no meeting was held. */
final class MinutesSection extends Sections {
    MinutesSection(Consultation consultation, Roster roster) {
        super(consultation, roster);
    }

    String minutes() {
        BoardMeeting m = d().meeting();
        if (m == null) return chairDecisions();
        var out = heading(2, labels.get("minutes"));
        out.append(labels.get("minutes.date", "date", date(m.date()))).append("\n\n");
        out.append("### ").append(labels.get("minutes.attendance")).append("\n\n");
        for (Member member : m.attendance()) {
            out.append("- ")
                    .append(member.role().label(language))
                    .append(" — ")
                    .append(Md.inline(member.name()))
                    .append(" (")
                    .append(labels.get(member.present() ? "minutes.present" : "minutes.absent"))
                    .append(")\n");
        }
        out.append("\n### ").append(labels.get("minutes.agenda")).append("\n\n");
        for (AgendaItem item : m.agenda())
            out.append(item.order())
                    .append(". ")
                    .append(Md.inline(item.title()))
                    .append('\n');
        out.append("\n### ").append(labels.get("minutes.statements")).append("\n\n");
        Phase current = null;
        for (Statement s : m.statements()) {
            if (s.phase() != current) {
                current = s.phase();
                out.append("\n**")
                        .append(labels.get("phase." + Format.lower(current)))
                        .append("**\n\n");
            }
            out.append("- ")
                    .append(s.role().label(language))
                    .append(" (")
                    .append(Md.inline(name(s.advisor())))
                    .append("): ")
                    .append(Md.inline(s.text()))
                    .append('\n');
        }
        out.append("\n### ").append(labels.get("minutes.proposals")).append("\n\n");
        out.append(labels.get("minutes.proposal.header")).append('\n').append("|---|---|---|---|---|\n");
        for (Proposal p : m.proposals()) {
            Md.row(
                    out,
                    p.id(),
                    p.title(),
                    p.owner().label(language),
                    labels.get("days", "days", p.dueDays()),
                    p.successMetric());
        }
        out.append("\n### ").append(labels.get("minutes.votes")).append("\n\n");
        out.append(labels.get("minutes.vote.header")).append('\n').append("|---|---|---|---|\n");
        for (Vote v : m.votes()) {
            Md.row(
                    out,
                    v.proposalId(),
                    v.role().label(language) + " — " + name(v.member()),
                    labels.get("vote." + Format.lower(v.choice())),
                    v.rationale());
        }
        out.append("\n### ").append(labels.get("minutes.results")).append("\n\n");
        for (Tally t : m.tallies()) {
            out.append("- ")
                    .append(labels.get(
                            "minutes.result",
                            "id",
                            t.proposalId(),
                            "approve",
                            t.approve(),
                            "reject",
                            t.reject(),
                            "abstain",
                            t.abstain(),
                            "outcome",
                            labels.get(t.approved() ? "minutes.approved" : "minutes.rejected")));
            if (t.castingVote()) out.append(' ').append(labels.get("minutes.casting"));
            out.append('\n');
        }
        out.append("\n### ").append(labels.get("minutes.decisions")).append("\n\n");
        decisionsTable(out, m.decisions());
        out.append("\n### ").append(labels.get("minutes.actions")).append("\n\n");
        out.append(labels.get("minutes.action.header")).append('\n').append("|---|---|---|---|\n");
        for (ActionItem a : m.actionItems())
            Md.row(out, a.title(), a.owner().label(language), date(a.due()), a.decisionId());
        out.append("\n### ").append(labels.get("minutes.unresolved")).append("\n\n");
        if (m.unresolved().isEmpty()) out.append(labels.get("minutes.none")).append('\n');
        for (String u : m.unresolved()) out.append("- ").append(Md.inline(u)).append('\n');
        return out.append('\n').toString();
    }

    private String chairDecisions() {
        if (d().decisions().isEmpty()) return "";
        var out = heading(2, labels.get("decisions"));
        decisionsTable(out, d().decisions());
        return out.append('\n').toString();
    }

    private void decisionsTable(StringBuilder out, List<Decision> decisions) {
        out.append(labels.get("minutes.decision.header")).append('\n').append("|---|---|---|---|---|\n");
        for (Decision dec : decisions)
            Md.row(out, dec.id(), dec.title(), dec.owner().label(language), date(dec.due()), dec.successMetric());
    }
}
