package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Answers;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.ModelCaller;
import dev.consultor.engine.deliberation.Requests;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.VoteIntent;
import dev.consultor.engine.report.AgentReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The vote: one call per present member covering every proposal, so every member votes on every proposal; a
 * proposal a member's answer leaves out (or a member whose call fails) is recorded as an abstention saying so.
 */
final class VoteTaker {
    private final ModelCaller caller;
    private final Brief brief;
    private final Roster roster;
    private final int maxTokens;
    private final Texts texts;

    VoteTaker(ModelCaller caller, Brief brief, Roster roster, int maxTokens) {
        this.caller = caller;
        this.brief = brief;
        this.roster = roster;
        this.maxTokens = maxTokens;
        this.texts = Texts.of(brief.language());
    }

    /** Every present member's vote on every proposal, or empty when the call bound cannot pay for the vote. */
    Optional<List<Vote>> take(List<Member> present, List<AgentReport> reports, List<Proposal> proposals)
            throws InterruptedException {
        var motions = proposals.stream()
                .map(p -> new VoteIntent.Motion(
                        p.id(),
                        p.title(),
                        p.description(),
                        p.proposedBy(),
                        p.stances().stream().map(Format::lower).toList(),
                        p.costAmount(),
                        Format.lower(p.owner()),
                        p.successMetric()))
                .toList();
        var requests = new ArrayList<ModelRequest>();
        for (Member m : present) {
            AgentReport own = reports.stream()
                    .filter(r -> r.advisor().equals(m.advisor()))
                    .findFirst()
                    .orElseThrow();
            var stances = own.recommendations().stream()
                    .flatMap(r -> r.stances().stream())
                    .map(Format::lower)
                    .distinct()
                    .toList();
            var intent =
                    new VoteIntent(brief, m.advisor(), Format.lower(m.role()), stances, own.budgetCeiling(), motions);
            var payload = new LinkedHashMap<String, Object>();
            payload.put("your_seat", Format.lower(m.role()));
            payload.put("your_stances", stances);
            if (own.budgetCeiling() != null) payload.put("your_budget_ceiling", own.budgetCeiling());
            payload.put("proposals", motions);
            requests.add(
                    Requests.of(m.advisor(), MeetingRunner.STAGE, "vote", brief, payload, intent, maxTokens, roster));
        }
        var ballots = caller.all(requests, Answers.Ballot.class);
        if (ballots.isEmpty()) return Optional.empty();
        var votes = new ArrayList<Vote>();
        for (int i = 0; i < present.size(); i++) {
            Member m = present.get(i);
            var cast = new LinkedHashMap<String, Answers.Vote>();
            ballots.get().get(i).ifPresent(b -> b.votes().forEach(v -> cast.putIfAbsent(v.proposalId(), v)));
            for (Proposal p : proposals) {
                Answers.Vote v = cast.get(p.id());
                votes.add(
                        v == null
                                ? new Vote(p.id(), m.advisor(), m.role(), VoteChoice.ABSTAIN, texts.get("vote.missing"))
                                : new Vote(
                                        p.id(),
                                        m.advisor(),
                                        m.role(),
                                        VoteChoice.valueOf(v.choice().toUpperCase(Locale.ROOT)),
                                        MeetingRunner.excerpt(v.rationale(), 240)));
            }
        }
        return Optional.of(votes);
    }
}
