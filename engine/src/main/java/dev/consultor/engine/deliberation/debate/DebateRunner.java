package dev.consultor.engine.deliberation.debate;

import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.ProgressListener;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Answers;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.ModelCaller;
import dev.consultor.engine.deliberation.Requests;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.ConflictKind;
import dev.consultor.engine.deliberation.conflict.Position;
import dev.consultor.engine.model.DebateIntent;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.report.AgentReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs the debate on one conflict: in each round every advisor involved sees the others' positions and the
 * earlier turns and holds, concedes or proposes a compromise. It stops as soon as positions converge, when a
 * round would repeat the previous one word for word (that round is not recorded), at the round limit, or when
 * the call bound leaves no room for a full round; it always ends in a resolution.
 */
public final class DebateRunner {
    public static final String STAGE = "debate";
    public static final int MAX_ROUNDS = 2;

    private final ModelCaller caller;
    private final Brief brief;
    private final int maxRounds;
    private final int maxTokens;
    private final Referee referee;
    private final Roster roster;
    private final ProgressListener listener;
    private final LongSupplier clock;

    public DebateRunner(
            ModelCaller caller,
            Brief brief,
            AgentReport chair,
            Roster roster,
            int maxRounds,
            int maxTokens,
            ProgressListener listener,
            LongSupplier clock) {
        if (maxRounds < 1 || maxRounds > MAX_ROUNDS)
            throw new IllegalArgumentException("debate rounds 1.." + MAX_ROUNDS);
        this.caller = caller;
        this.brief = brief;
        this.maxRounds = maxRounds;
        this.maxTokens = maxTokens;
        this.roster = roster;
        Function<String, String> names =
                id -> roster.find(id).map(a -> a.name(brief.language())).orElse(id);
        this.referee = new Referee(Texts.of(brief.language()), names, chair, brief.currency(), brief.language());
        this.listener = listener;
        this.clock = clock;
    }

    public Debate debate(Conflict conflict) throws InterruptedException {
        var rounds = new ArrayList<Round>();
        StopReason reason = StopReason.MAX_ROUNDS;
        for (int number = 1; number <= maxRounds; number++) {
            List<ModelRequest> requests = requests(conflict, number, rounds);
            Optional<List<Optional<Answers.Turn>>> answers = caller.all(requests, Answers.Turn.class);
            if (answers.isEmpty()) {
                reason = StopReason.CALL_BOUND;
                break;
            }
            Round round = toRound(number, requests, answers.get());
            if (round.turns().isEmpty()) {
                reason = StopReason.NO_ANSWERS;
                break;
            }
            if (!rounds.isEmpty() && round.repeats(rounds.getLast())) {
                reason = StopReason.REPEATED;
                break;
            }
            rounds.add(round);
            boolean converged = Referee.converged(conflict, round.turns());
            listener.on(new ProgressEvent.DebateRound(clock.getAsLong(), conflict.id(), number, converged));
            if (converged) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        return new Debate(conflict.id(), rounds, reason, referee.resolve(conflict, rounds, reason));
    }

    /** Settles a conflict that is not debated, by the chair's rule. */
    public Debate settle(Conflict conflict, StopReason reason) {
        return new Debate(conflict.id(), List.of(), reason, referee.resolve(conflict, List.of(), reason));
    }

    /** How many calls one round of this conflict's debate takes: one per advisor involved. */
    public static int callsPerRound(Conflict conflict) {
        return conflict.advisors().size();
    }

    private List<ModelRequest> requests(Conflict conflict, int number, List<Round> earlier) {
        Map<String, Position> main = Referee.mainPositions(conflict);
        var prior = new ArrayList<DebateIntent.PriorTurn>();
        for (Round r : earlier) {
            for (Turn t : r.turns()) {
                prior.add(new DebateIntent.PriorTurn(
                        t.round(), t.advisor(), Format.lower(t.move()), t.statement(), t.proposal()));
            }
        }
        Double ceiling = conflict.kind() == ConflictKind.BUDGET_EXCEEDED
                ? conflict.positions().stream()
                        .filter(p -> p.side() < 0)
                        .map(Position::costAmount)
                        .findFirst()
                        .orElse(null)
                : null;
        var requests = new ArrayList<ModelRequest>();
        for (var entry : main.entrySet()) {
            var others = conflict.positions().stream()
                    .filter(p -> !p.advisor().equals(entry.getKey()))
                    .map(DebateRunner::side)
                    .toList();
            var intent = new DebateIntent(
                    brief,
                    entry.getKey(),
                    conflict.id(),
                    conflict.topic(),
                    Format.lower(conflict.kind()),
                    conflict.dimension() == null ? "" : Format.lower(conflict.dimension()),
                    number,
                    side(entry.getValue()),
                    others,
                    prior,
                    ceiling,
                    ceiling == null ? null : conflict.requested());
            var payload = new LinkedHashMap<String, Object>();
            payload.put("conflict", conflict.topic());
            payload.put("round", number);
            payload.put("you", intent.own());
            payload.put("others", others);
            payload.put("earlier_turns", prior);
            if (ceiling != null) payload.put("budget_ceiling", ceiling);
            if (intent.budgetRequested() != null) payload.put("budget_requested", intent.budgetRequested());
            requests.add(Requests.of(entry.getKey(), STAGE, "debate", brief, payload, intent, maxTokens, roster));
        }
        return requests;
    }

    private static DebateIntent.Side side(Position p) {
        return new DebateIntent.Side(
                p.advisor(),
                p.recommendationId(),
                p.position(),
                p.reasoning(),
                p.confidence(),
                p.evidence(),
                p.costAmount(),
                p.side());
    }

    private static Round toRound(int number, List<ModelRequest> requests, List<Optional<Answers.Turn>> answers) {
        var turns = new ArrayList<Turn>();
        for (int i = 0; i < requests.size(); i++) {
            Optional<Answers.Turn> answer = answers.get(i);
            if (answer.isEmpty()) continue;
            Answers.Turn a = answer.get();
            turns.add(new Turn(
                    number,
                    requests.get(i).role(),
                    Move.valueOf(a.move().toUpperCase(Locale.ROOT)),
                    a.statement(),
                    a.proposal(),
                    a.confidence()));
        }
        return new Round(number, turns);
    }
}
