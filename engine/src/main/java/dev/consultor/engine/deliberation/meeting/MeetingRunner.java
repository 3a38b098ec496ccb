package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.ProgressListener;
import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.ModelCaller;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.Position;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.deliberation.debate.Resolution;
import dev.consultor.engine.deliberation.debate.Turn;
import dev.consultor.engine.report.AgentReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Runs the board meeting the chair (executive reviewer) leads: opening, the members' presentations, one
 * discussion item per open conflict (up to a cap), the proposals, the vote — one model call per present member,
 * covering every proposal, so every member votes on every proposal — then the tally under the chair's casting
 * rule, decisions with owners and due dates, and the closing.
 */
public final class MeetingRunner {
    public static final String STAGE = "meeting";

    private final ModelCaller caller;
    private final Brief brief;
    private final Roster roster;
    private final int maxTokens;
    private final int maxDiscussionItems;
    private final ProgressListener listener;
    private final LongSupplier clock;
    private final Texts texts;

    public MeetingRunner(
            ModelCaller caller,
            Brief brief,
            Roster roster,
            int maxTokens,
            int maxDiscussionItems,
            ProgressListener listener,
            LongSupplier clock) {
        this.caller = caller;
        this.brief = brief;
        this.roster = roster;
        this.maxTokens = maxTokens;
        this.maxDiscussionItems = maxDiscussionItems;
        this.listener = listener;
        this.clock = clock;
        this.texts = Texts.of(brief.language());
    }

    /** The calls the vote takes: one per member whose report is available. */
    public static int calls(Roster roster, List<AgentReport> reports) {
        return (int) roster.inDependencyOrder().stream()
                .filter(a -> reports.stream().anyMatch(r -> r.advisor().equals(a.id())))
                .count();
    }

    /** A conflict still open at the meeting: the debate did not bring the advisors together. */
    public static boolean open(Debate debate) {
        return switch (debate.resolution()) {
            case Resolution.Consensus c -> false;
            case Resolution.Compromise c -> false;
            case Resolution.Majority m -> true;
            case Resolution.ChairDecision d -> true;
        };
    }

    /** The meeting, or empty when the call bound cannot pay for the vote. */
    public Optional<BoardMeeting> run(
            List<AgentReport> reports,
            List<Conflict> conflicts,
            Map<String, Debate> debates,
            List<Proposal> proposals,
            PeerReview peerReview)
            throws InterruptedException {
        List<Member> attendance = attendance(reports);
        List<Member> present = attendance.stream().filter(Member::present).toList();
        Member chair = present.stream()
                .filter(m -> m.role() == BoardRole.CHAIR)
                .findFirst()
                .orElse(present.getFirst());
        var agenda = new ArrayList<AgendaItem>();
        var statements = new ArrayList<Statement>();
        var unresolved = new ArrayList<String>();
        List<Conflict> open = conflicts.stream()
                .filter(c -> debates.containsKey(c.id()) && open(debates.get(c.id())))
                .toList();

        phase(Phase.OPENING, agenda, texts.get("agenda.opening"), "");
        statements.add(say(
                Phase.OPENING,
                chair,
                texts.get(
                        "statement.opening",
                        "conflicts",
                        texts.count("count.conflicts", open.size()),
                        "proposals",
                        texts.count("count.proposals", proposals.size()),
                        "problem",
                        excerpt(brief.problem(), 280))));

        phase(Phase.PRESENTATIONS, agenda, texts.get("agenda.presentations"), "");
        for (Member m : present) {
            reportOf(reports, m.advisor())
                    .ifPresent(r -> statements.add(say(
                            Phase.PRESENTATIONS,
                            m,
                            texts.get("statement.presentation", "summary", excerpt(r.summary(), 400)))));
        }

        listener.on(new ProgressEvent.MeetingPhase(clock.getAsLong(), Phase.DISCUSSION));
        for (int i = 0; i < open.size(); i++) {
            Conflict c = open.get(i);
            if (i >= maxDiscussionItems) {
                unresolved.add(texts.get("unresolved.capped", "topic", c.topic()));
                continue;
            }
            agenda.add(new AgendaItem(
                    agenda.size() + 1, Phase.DISCUSSION, texts.get("agenda.discussion", "topic", c.topic()), c.id()));
            discuss(c, debates.get(c.id()), present, chair, statements);
        }

        phase(Phase.PROPOSALS, agenda, texts.get("agenda.proposals"), "");
        if (peerReview != null && !peerReview.standings().isEmpty()) {
            var top = peerReview.standings().getFirst();
            statements.add(say(
                    Phase.PROPOSALS,
                    chair,
                    texts.get("statement.peer_review", "title", top.title(), "points", top.points())));
        }

        phase(Phase.VOTE, agenda, texts.get("agenda.vote"), "");
        Optional<List<Vote>> votes = new VoteTaker(caller, brief, roster, maxTokens).take(present, reports, proposals);
        if (votes.isEmpty()) return Optional.empty();
        var tallies = proposals.stream().map(p -> Tally.of(p.id(), votes.get())).toList();

        phase(Phase.DELIBERATION, agenda, texts.get("agenda.deliberation"), "");
        var decisions = new ArrayList<Decision>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            if (tallies.get(i).approved()) decisions.add(decision(decisions.size() + 1, p, "vote"));
            else unresolved.add(texts.get("unresolved.rejected", "title", p.title()));
        }
        for (Conflict c : conflicts) {
            Debate d = debates.get(c.id());
            if (d == null) continue;
            for (String dissenter : d.resolution().dissent()) {
                unresolved.add(texts.get("unresolved.dissent", "advisor", name(dissenter), "topic", c.topic()));
            }
        }
        long approved = tallies.stream().filter(Tally::approved).count();
        long tied = tallies.stream().filter(Tally::castingVote).count();
        statements.add(say(
                Phase.DELIBERATION,
                chair,
                texts.get(
                        "statement.deliberation",
                        "approved",
                        texts.count("count.approved", approved),
                        "rejected",
                        texts.count("count.rejected", tallies.size() - approved),
                        "tied",
                        texts.count("count.tied", tied))));

        phase(Phase.CLOSING, agenda, texts.get("agenda.closing"), "");
        statements.add(say(
                Phase.CLOSING,
                chair,
                texts.get("statement.closing", "review", Format.date(reviewDate(brief), brief.language()))));
        var actions = decisions.stream()
                .map(d -> new ActionItem(d.title(), d.owner(), d.due(), d.id()))
                .toList();
        return Optional.of(new BoardMeeting(
                brief.asOf(),
                attendance,
                agenda,
                statements,
                proposals,
                votes.get(),
                tallies,
                decisions,
                actions,
                unresolved,
                peerReview));
    }

    /** When the board looks at the decisions again: 30 days after the consultation. */
    public static java.time.LocalDate reviewDate(Brief brief) {
        return brief.asOf().plusDays(30);
    }

    /** Decisions the chair adopts from the proposals when no meeting is held. */
    public static List<Decision> adoptedByChair(Brief brief, List<Proposal> proposals) {
        var decisions = new ArrayList<Decision>();
        for (Proposal p : proposals) decisions.add(decisionOf(brief, decisions.size() + 1, p, "chair"));
        return List.copyOf(decisions);
    }

    private Decision decision(int number, Proposal p, String adoptedBy) {
        return decisionOf(brief, number, p, adoptedBy);
    }

    private static Decision decisionOf(Brief brief, int number, Proposal p, String adoptedBy) {
        return new Decision(
                "D" + number,
                p.title(),
                p.id(),
                p.owner(),
                brief.asOf().plusDays(p.dueDays()),
                p.successMetric(),
                p.kpi(),
                p.basis(),
                p.conflictId(),
                adoptedBy);
    }

    private void discuss(Conflict c, Debate debate, List<Member> present, Member chair, List<Statement> statements) {
        var lastWords = new LinkedHashMap<String, String>();
        for (var round : debate.rounds()) for (Turn t : round.turns()) lastWords.put(t.advisor(), t.statement());
        var spoken = new java.util.HashSet<String>();
        for (Position p : c.positions()) {
            Member m = present.stream()
                    .filter(x -> x.advisor().equals(p.advisor()))
                    .findFirst()
                    .orElse(null);
            if (m == null || !spoken.add(p.advisor())) continue;
            String words = lastWords.getOrDefault(
                    p.advisor(), p.position() + (p.reasoning().isEmpty() ? "" : " — " + p.reasoning()));
            statements.add(say(Phase.DISCUSSION, m, words));
        }
        statements.add(say(
                Phase.DISCUSSION,
                chair,
                texts.get(
                        "statement.discussion",
                        "resolution",
                        debate.resolution().decision())));
    }

    private void phase(Phase phase, List<AgendaItem> agenda, String title, String conflictId) {
        agenda.add(new AgendaItem(agenda.size() + 1, phase, title, conflictId));
        listener.on(new ProgressEvent.MeetingPhase(clock.getAsLong(), phase));
    }

    private List<Member> attendance(List<AgentReport> reports) {
        var members = new ArrayList<Member>();
        for (AdvisorSpec spec : roster.inDependencyOrder()) {
            boolean present = reports.stream().anyMatch(r -> r.advisor().equals(spec.id()));
            members.add(new Member(spec.id(), spec.boardRole(), spec.name(brief.language()), present));
        }
        // The chair sits first in the minutes.
        members.sort(java.util.Comparator.comparing(m -> m.role() != BoardRole.CHAIR));
        return members;
    }

    private static Statement say(Phase phase, Member member, String text) {
        return new Statement(phase, member.advisor(), member.role(), text);
    }

    private String name(String advisor) {
        return roster.find(advisor).map(a -> a.name(brief.language())).orElse(advisor);
    }

    private static Optional<AgentReport> reportOf(List<AgentReport> reports, String advisor) {
        return reports.stream().filter(r -> r.advisor().equals(advisor)).findFirst();
    }

    static String excerpt(String text, int max) {
        return Format.excerpt(text, max);
    }
}
