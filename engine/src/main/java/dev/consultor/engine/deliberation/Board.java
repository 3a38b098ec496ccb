package dev.consultor.engine.deliberation;

import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.ProgressListener;
import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.ConflictDetector;
import dev.consultor.engine.deliberation.conflict.ModelConflictPass;
import dev.consultor.engine.deliberation.conflict.Severity;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.deliberation.debate.DebateRunner;
import dev.consultor.engine.deliberation.debate.StopReason;
import dev.consultor.engine.deliberation.history.HistoryScorer;
import dev.consultor.engine.deliberation.meeting.BoardMeeting;
import dev.consultor.engine.deliberation.meeting.Decision;
import dev.consultor.engine.deliberation.meeting.MeetingRunner;
import dev.consultor.engine.deliberation.meeting.PeerReview;
import dev.consultor.engine.deliberation.meeting.PeerReviewRunner;
import dev.consultor.engine.deliberation.meeting.Proposal;
import dev.consultor.engine.deliberation.meeting.ProposalBuilder;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.report.AgentReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * The deliberation pipeline that runs once the advisors have reported: conflicts (rules, then optionally the
 * model), debate of the serious ones, the peer review and board meeting when the depth calls for them, and the
 * decisions. Before anything runs, the calls the later stages need are set aside, so that debate cannot starve
 * the meeting; a stage the bound or the token cap cannot pay for is skipped and reported.
 */
public final class Board {
    private final Roster roster;
    private final LanguageModel model;
    private final EngineSettings engine;
    private final DeliberationSettings settings;

    public Board(Roster roster, LanguageModel model, EngineSettings engine, DeliberationSettings settings) {
        this.roster = roster;
        this.model = model;
        this.engine = engine;
        this.settings = settings;
    }

    /**
     * Deliberates on the reports.
     *
     * @param ledger already holds the analysis stage's usage; the deliberation stages add theirs
     * @param clock milliseconds since the consultation started, for progress events
     */
    public Deliberation deliberate(
            Brief brief, List<AgentReport> reports, Ledger ledger, ProgressListener listener, LongSupplier clock)
            throws InterruptedException {
        Depth depth = brief.depth();
        var budget = new CallBudget(settings.callBound(depth, roster.size()), settings.maxOutputTokens());
        budget.spent(ledger.total());
        var skipped = new ArrayList<SkippedStage>();
        var texts = Texts.of(brief.language());
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(engine.threads())) {
            var caller = new ModelCaller(model, engine, budget, ledger, executor);
            int tokens = settings.maxTokensPerCall();

            Set<String> arbiters =
                    roster.byBoardRole(BoardRole.CHAIR).map(a -> Set.of(a.id())).orElse(Set.of());
            String commercialPlan =
                    roster.byBoardRole(BoardRole.CRO).map(a -> a.id()).orElse(null);
            List<Conflict> conflicts =
                    new ConflictDetector(brief.language(), brief.currency(), arbiters, commercialPlan).detect(reports);
            boolean deep = depth == Depth.DEEP;
            boolean peerWanted =
                    deep && PeerReviewRunner.participants(roster, reports).size() >= 3;
            int peerCalls =
                    peerWanted ? PeerReviewRunner.participants(roster, reports).size() : 0;
            int meetingCalls = meetingWanted(depth, conflicts) ? MeetingRunner.calls(roster, reports) : 0;
            boolean earmarked = budget.tryReserve(peerCalls + meetingCalls, tokens);
            if (!earmarked) {
                peerCalls = 0;
                meetingCalls = budget.tryReserve(meetingCalls, tokens) ? meetingCalls : 0;
            }

            // The extra pass runs at deep depth only: standard depth keeps its calls for debate and the meeting.
            if (deep && model.info().generative() && settings.modelAssistedConflicts()) {
                var pass = leavesRoomToDebate(budget, conflicts)
                        ? new ModelConflictPass(caller, brief, tokens, roster).run(reports, conflicts)
                        : Optional.<List<Conflict>>empty();
                if (pass.isEmpty()) skip(skipped, listener, clock, ModelConflictPass.STAGE, texts.get("stop.bound"));
                else conflicts = pass.get();
            }
            for (Conflict c : conflicts) {
                listener.on(new ProgressEvent.ConflictFound(
                        clock.getAsLong(), c.id(), c.topic(), c.severity(), c.advisors()));
            }

            AgentReport chair = chairReport(reports);
            var debater =
                    new DebateRunner(caller, brief, chair, roster, settings.debateRounds(), tokens, listener, clock);
            var debates = new LinkedHashMap<String, Debate>();
            var undebated = new ArrayList<String>();
            for (Conflict c : conflicts) {
                Debate debate;
                if (depth == Depth.QUICK) debate = debater.settle(c, StopReason.NOT_AT_THIS_DEPTH);
                else if (!c.severity().atLeast(settings.debateThreshold()))
                    debate = debater.settle(c, StopReason.BELOW_THRESHOLD);
                else {
                    debate = debater.debate(c);
                    if (debate.stopReason() == StopReason.CALL_BOUND && !debate.debated()) undebated.add(c.id());
                }
                debates.put(c.id(), debate);
            }

            if (!undebated.isEmpty()) {
                skip(skipped, listener, clock, "debate", String.join(", ", undebated) + ": " + texts.get("stop.bound"));
            }

            PeerReview peerReview = null;
            if (peerCalls > 0) {
                budget.release(peerCalls);
                peerReview = new PeerReviewRunner(caller, brief, roster, tokens)
                        .run(reports)
                        .orElse(null);
                if (peerReview == null) skip(skipped, listener, clock, PeerReviewRunner.STAGE, texts.get("stop.bound"));
            } else if (peerWanted) {
                skip(skipped, listener, clock, PeerReviewRunner.STAGE, texts.get("stop.bound"));
            }

            List<Proposal> proposals = new ProposalBuilder(brief, roster)
                    .build(reports, conflicts, debates, peerReview, settings.maxProposals());
            BoardMeeting meeting = null;
            boolean wanted = meetingWanted(depth, conflicts) && !proposals.isEmpty();
            if (wanted && meetingCalls > 0) {
                budget.release(meetingCalls);
                meeting = new MeetingRunner(
                                caller, brief, roster, tokens, settings.maxDiscussionItems(), listener, clock)
                        .run(reports, conflicts, debates, proposals, peerReview)
                        .orElse(null);
            } else if (meetingCalls > 0) {
                budget.release(meetingCalls);
            }
            if (wanted && meeting == null) skip(skipped, listener, clock, MeetingRunner.STAGE, texts.get("stop.bound"));
            List<Decision> decisions =
                    meeting != null ? meeting.decisions() : MeetingRunner.adoptedByChair(brief, proposals);

            return new Deliberation(
                    HistoryScorer.score(brief),
                    conflicts,
                    List.copyOf(debates.values()),
                    peerReview,
                    meeting,
                    proposals,
                    decisions,
                    skipped,
                    new CallBounds(
                            budget.maxCalls(),
                            ledger.total().calls(),
                            budget.maxOutputTokens(),
                            budget.outputTokens()));
        }
    }

    /** The extra conflict pass is worth less than one debate round on the most severe conflict. */
    private boolean leavesRoomToDebate(CallBudget budget, List<Conflict> conflicts) {
        int round = conflicts.stream()
                .filter(c -> c.severity().atLeast(settings.debateThreshold()))
                .findFirst()
                .map(DebateRunner::callsPerRound)
                .orElse(0);
        return budget.remainingCalls() - 1 >= round;
    }

    /** Deep depth always meets; standard depth meets when a high or critical conflict exists. */
    static boolean meetingWanted(Depth depth, List<Conflict> conflicts) {
        return switch (depth) {
            case QUICK -> false;
            case STANDARD -> conflicts.stream().anyMatch(c -> c.severity().atLeast(Severity.HIGH));
            case DEEP -> true;
        };
    }

    private AgentReport chairReport(List<AgentReport> reports) {
        Optional<String> chair = roster.byBoardRole(BoardRole.CHAIR).map(a -> a.id());
        return reports.stream()
                .filter(r -> chair.isPresent() && r.advisor().equals(chair.get()))
                .findFirst()
                .orElse(null);
    }

    private static void skip(
            List<SkippedStage> skipped, ProgressListener listener, LongSupplier clock, String stage, String reason) {
        skipped.add(new SkippedStage(stage, reason));
        listener.on(new ProgressEvent.StageSkipped(clock.getAsLong(), stage, reason));
    }
}
