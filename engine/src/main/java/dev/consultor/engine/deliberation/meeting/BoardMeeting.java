package dev.consultor.engine.deliberation.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The board meeting and its minutes ("Ata executiva" / "Board minutes"): who attended, the agenda, what was
 * said, every member's vote on every proposal, the tallies, the decisions with owners and due dates, the action
 * items and what stayed unresolved.
 *
 * @param peerReview the anonymised peer review that preceded the meeting (deep depth), else null
 */
public record BoardMeeting(
        LocalDate date,
        List<Member> attendance,
        List<AgendaItem> agenda,
        List<Statement> statements,
        List<Proposal> proposals,
        List<Vote> votes,
        List<Tally> tallies,
        List<Decision> decisions,
        List<ActionItem> actionItems,
        List<String> unresolved,
        PeerReview peerReview) {

    public BoardMeeting {
        Objects.requireNonNull(date, "date");
        attendance = List.copyOf(attendance);
        agenda = List.copyOf(agenda);
        statements = List.copyOf(statements);
        proposals = List.copyOf(proposals);
        votes = List.copyOf(votes);
        tallies = List.copyOf(tallies);
        decisions = List.copyOf(decisions);
        actionItems = List.copyOf(actionItems);
        unresolved = List.copyOf(unresolved);
    }

    public List<Member> present() {
        return attendance.stream().filter(Member::present).toList();
    }
}
