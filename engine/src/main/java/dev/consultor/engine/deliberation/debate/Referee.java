package dev.consultor.engine.deliberation.debate;

import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.ConflictKind;
import dev.consultor.engine.deliberation.conflict.Position;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns a debate's last word into a resolution: consensus when one side conceded, compromise when the advisors
 * converged on a middle way, majority when most of three or more advisors stand on one side, and otherwise the
 * chair's decision (the compromise on the table, the budget ceiling for budget conflicts, the chair's own
 * stance, or the better-supported side).
 */
final class Referee {
    private final Texts texts;
    private final Function<String, String> names;
    private final AgentReport chair;
    private final String currency;
    private final dev.consultor.engine.brief.Language language;

    Referee(
            Texts texts,
            Function<String, String> names,
            AgentReport chair,
            String currency,
            dev.consultor.engine.brief.Language language) {
        this.texts = texts;
        this.names = names;
        this.chair = chair;
        this.currency = currency;
        this.language = language;
    }

    Resolution resolve(Conflict conflict, List<Round> rounds, StopReason reason) {
        Map<String, Turn> latest = latestTurns(rounds);
        Map<String, Position> main = mainPositions(conflict);
        if (reason == StopReason.CONVERGED) {
            List<Turn> compromises = filter(latest, Move.COMPROMISE);
            List<Turn> holds = filter(latest, Move.HOLD);
            if (holds.isEmpty() && !compromises.isEmpty()) return compromise(conflict, compromises, latest);
            if (!holds.isEmpty()) return consensus(conflict, main, holds, latest);
        }
        Resolution majority = majority(conflict, main, latest);
        return majority != null ? majority : chair(conflict, main, latest);
    }

    private Resolution compromise(Conflict conflict, List<Turn> compromises, Map<String, Turn> latest) {
        Turn best = compromises.stream()
                .max(Comparator.comparingDouble(Turn::confidence))
                .orElseThrow();
        double confidence =
                latest.values().stream().mapToDouble(Turn::confidence).average().orElse(best.confidence());
        return new Resolution.Compromise(
                texts.get("resolution.compromise", "proposal", best.proposal()),
                "",
                partialTradeOff(conflict),
                List.of(),
                round2(confidence));
    }

    private Resolution consensus(
            Conflict conflict, Map<String, Position> main, List<Turn> holds, Map<String, Turn> latest) {
        int side = main.get(holds.getFirst().advisor()).side();
        Position winner = best(conflict, side);
        var conceded = latest.values().stream()
                .filter(t -> t.move() == Move.CONCEDE)
                .map(t -> names.apply(t.advisor()))
                .toList();
        double confidence = holds.stream().mapToDouble(Turn::confidence).max().orElse(winner.confidence());
        return new Resolution.Consensus(
                texts.get("resolution.consensus", "winner", quoted(winner), "others", String.join(", ", conceded)),
                winner.recommendationId(),
                givesUp(conflict, side),
                List.of(),
                round2(confidence));
    }

    private Resolution majority(Conflict conflict, Map<String, Position> main, Map<String, Turn> latest) {
        if (main.size() < 3 || conflict.kind() == ConflictKind.BUDGET_EXCEEDED) return null;
        Set<Integer> sides = conflict.sides();
        var support = new LinkedHashMap<Integer, List<String>>();
        for (var entry : main.entrySet()) {
            int side = entry.getValue().side();
            Turn turn = latest.get(entry.getKey());
            if (turn != null && turn.move() == Move.CONCEDE && sides.size() == 2) {
                side = sides.stream()
                        .filter(s -> s != entry.getValue().side())
                        .findFirst()
                        .orElse(side);
            }
            support.computeIfAbsent(side, s -> new ArrayList<>()).add(entry.getKey());
        }
        for (var entry : support.entrySet()) {
            if (entry.getValue().size() * 2 > main.size()) {
                Position winner = best(conflict, entry.getKey());
                var dissent = main.keySet().stream()
                        .filter(a -> !entry.getValue().contains(a))
                        .toList();
                double share = entry.getValue().size() / (double) main.size();
                return new Resolution.Majority(
                        texts.get(
                                "resolution.majority",
                                "count",
                                entry.getValue().size(),
                                "total",
                                main.size(),
                                "winner",
                                winner.position()),
                        winner.recommendationId(),
                        givesUp(conflict, entry.getKey()),
                        dissent,
                        round2(Math.min(0.9, winner.confidence() * share + 0.2)));
            }
        }
        return null;
    }

    private Resolution chair(Conflict conflict, Map<String, Position> main, Map<String, Turn> latest) {
        List<Turn> compromises = filter(latest, Move.COMPROMISE);
        if (!compromises.isEmpty()) {
            Turn best = compromises.stream()
                    .max(Comparator.comparingDouble(Turn::confidence))
                    .orElseThrow();
            var holders = filter(latest, Move.HOLD).stream().map(Turn::advisor).toList();
            return new Resolution.ChairDecision(
                    texts.get("resolution.chair_adopts", "proposal", best.proposal()),
                    "",
                    partialTradeOff(conflict),
                    holders,
                    round2(Math.max(0.4, best.confidence() - 0.1)));
        }
        if (conflict.kind() == ConflictKind.BUDGET_EXCEEDED) {
            Position ceiling = best(conflict, -1);
            Position spender = conflict.positions().stream()
                    .filter(p -> p.side() > 0)
                    .max(Comparator.comparing(p -> p.costAmount() == null ? 0 : p.costAmount()))
                    .orElse(best(conflict, 1));
            String limit = ceiling.costAmount() == null
                    ? ceiling.position()
                    : Format.money(ceiling.costAmount(), currency, language);
            return new Resolution.ChairDecision(
                    texts.get("resolution.chair_budget", "ceiling", limit, "winner", spender.position()),
                    spender.recommendationId(),
                    List.of(texts.get("tradeoff.budget", "ceiling", limit)),
                    dissentOf(main, latest, ceiling.side()),
                    round2(ceiling.confidence()));
        }
        int side = chairSide(conflict);
        Position winner = best(conflict, side);
        return new Resolution.ChairDecision(
                texts.get("resolution.chair", "winner", winner.position()),
                winner.recommendationId(),
                givesUp(conflict, side),
                dissentOf(main, latest, side),
                round2(Math.clamp(weight(conflict, side) / totalWeight(conflict), 0.35, 0.85)));
    }

    /** The chair's own stance on the dimension when it took one, else the side with more confidence behind it. */
    private int chairSide(Conflict conflict) {
        if (chair != null && conflict.dimension() != null) {
            for (Recommendation r : chair.recommendations()) {
                for (Stance s : r.stances()) {
                    if (s.dimension() == conflict.dimension()
                            && conflict.sides().contains(s.polarity())) {
                        return s.polarity();
                    }
                }
            }
        }
        int bestSide = Integer.MIN_VALUE;
        double bestWeight = -1;
        for (int side : new TreeSet<>(conflict.sides())) {
            double w = weight(conflict, side);
            if (w > bestWeight) {
                bestWeight = w;
                bestSide = side;
            }
        }
        return bestSide;
    }

    private static double weight(Conflict conflict, int side) {
        return conflict.positions().stream()
                .filter(p -> p.side() == side)
                .mapToDouble(Position::confidence)
                .sum();
    }

    private static double totalWeight(Conflict conflict) {
        double total =
                conflict.positions().stream().mapToDouble(Position::confidence).sum();
        return total == 0 ? 1 : total;
    }

    private List<String> dissentOf(Map<String, Position> main, Map<String, Turn> latest, int winningSide) {
        return main.entrySet().stream()
                .filter(e -> e.getValue().side() != winningSide)
                .filter(e ->
                        latest.get(e.getKey()) == null || latest.get(e.getKey()).move() != Move.CONCEDE)
                .map(Map.Entry::getKey)
                .toList();
    }

    private List<String> givesUp(Conflict conflict, int winningSide) {
        return conflict.positions().stream()
                .filter(p -> p.side() != winningSide)
                .map(p -> texts.get("tradeoff.gives_up", "title", p.position(), "advisor", names.apply(p.advisor())))
                .distinct()
                .toList();
    }

    private List<String> partialTradeOff(Conflict conflict) {
        var sides = new ArrayList<>(conflict.sides());
        if (sides.size() < 2) return List.of();
        if (conflict.kind() == ConflictKind.BUDGET_EXCEEDED) {
            // What a budget compromise gives up is money above the ceiling, not the ceiling itself.
            Position ceiling = best(conflict, -1);
            if (ceiling.costAmount() != null) {
                return List.of(texts.get(
                        "tradeoff.budget", "ceiling", Format.money(ceiling.costAmount(), currency, language)));
            }
        }
        return List.of(texts.get(
                "tradeoff.partial",
                "a",
                best(conflict, sides.getLast()).position(),
                "b",
                best(conflict, sides.getFirst()).position()));
    }

    static Position best(Conflict conflict, int side) {
        return conflict.positions().stream()
                .filter(p -> p.side() == side)
                .max(Comparator.comparingDouble(Position::confidence))
                .orElse(conflict.positions().getFirst());
    }

    /** Each advisor's strongest position: the one it speaks for in the debate. */
    static Map<String, Position> mainPositions(Conflict conflict) {
        var main = new LinkedHashMap<String, Position>();
        for (Position p : conflict.positions()) {
            main.merge(p.advisor(), p, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return main;
    }

    private static Map<String, Turn> latestTurns(List<Round> rounds) {
        var latest = new LinkedHashMap<String, Turn>();
        for (Round round : rounds) for (Turn turn : round.turns()) latest.put(turn.advisor(), turn);
        return latest;
    }

    private static List<Turn> filter(Map<String, Turn> latest, Move move) {
        return latest.values().stream().filter(t -> t.move() == move).toList();
    }

    private static String quoted(Position p) {
        return "\"" + p.position() + "\"";
    }

    private static double round2(double value) {
        return Math.round(Math.clamp(value, 0, 1) * 100) / 100.0;
    }

    /** Whether a round's last word settles the conflict, so no further round is needed. */
    static boolean converged(Conflict conflict, List<Turn> turns) {
        if (turns.isEmpty()) return false;
        Map<String, Position> main = mainPositions(conflict);
        var holdingSides = new TreeSet<Integer>();
        boolean anyHold = false;
        for (Turn t : turns) {
            if (t.move() == Move.HOLD) {
                anyHold = true;
                Position p = main.get(t.advisor());
                if (p != null) holdingSides.add(p.side());
            }
        }
        if (!anyHold) return true;
        if (holdingSides.size() > 1) return false;
        // One side holds: settled only if everyone on the other sides conceded.
        int holding = holdingSides.first();
        return turns.stream()
                .filter(t ->
                        main.get(t.advisor()) != null && main.get(t.advisor()).side() != holding)
                .allMatch(t -> t.move() == Move.CONCEDE);
    }
}
