package dev.consultor.engine.deliberation;

import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.deliberation.history.Precedent;
import dev.consultor.engine.deliberation.meeting.BoardMeeting;
import dev.consultor.engine.deliberation.meeting.Decision;
import dev.consultor.engine.deliberation.meeting.PeerReview;
import dev.consultor.engine.deliberation.meeting.Proposal;
import java.util.List;
import java.util.Objects;

/**
 * What the board did with the advisors' reports: the earlier consultations that bear on this one, the conflicts,
 * how each was debated and settled, the peer review and the meeting when they ran, and the decisions.
 *
 * @param peerReview null unless the depth was deep and the bound allowed it
 * @param meeting null when no meeting was held
 * @param decisions the meeting's, or the chair's when no meeting was held
 * @param skipped stages, or parts of them, that did not run and why
 */
public record Deliberation(
        List<Precedent> precedents,
        List<Conflict> conflicts,
        List<Debate> debates,
        PeerReview peerReview,
        BoardMeeting meeting,
        List<Proposal> proposals,
        List<Decision> decisions,
        List<SkippedStage> skipped,
        CallBounds bounds) {

    public static final Deliberation NONE = new Deliberation(
            List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(), new CallBounds(0, 0, 0, 0));

    public Deliberation {
        precedents = List.copyOf(precedents);
        conflicts = List.copyOf(conflicts);
        debates = List.copyOf(debates);
        proposals = List.copyOf(proposals);
        decisions = List.copyOf(decisions);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(bounds, "bounds");
    }

    public java.util.Optional<Debate> debateOf(String conflictId) {
        return debates.stream().filter(d -> d.conflictId().equals(conflictId)).findFirst();
    }
}
