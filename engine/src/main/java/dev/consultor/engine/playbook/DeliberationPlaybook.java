package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Answers;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.ConflictIntent;
import dev.consultor.engine.model.DebateIntent;
import dev.consultor.engine.model.PeerReviewIntent;
import dev.consultor.engine.model.RefineIntent;
import dev.consultor.engine.model.VoteIntent;
import dev.consultor.engine.report.Names;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The offline answers of the deliberation stages, one method per intent, each returning the JSON the stage's
 * schema asks for. Deterministic: the advisor less sure of its position offers a compromise in the first round
 * and the other accepts it in the second; peer reviewers weigh impact, confidence and cost by their seat; members
 * vote from their own stances and, for the CFO, the budget ceiling. Wording lives in
 * {@code deliberation/<language>.properties}.
 */
public final class DeliberationPlaybook {

    /** The playbook's disagreements are all on typed fields, which the rules already find: it adds none. */
    public String conflicts(ConflictIntent intent) {
        return Json.write(new Answers.Conflicts(List.of()));
    }

    public String debate(DebateIntent intent) {
        Texts t = texts(intent.brief());
        DebateIntent.Side own = intent.own();
        List<DebateIntent.Side> opponents =
                intent.others().stream().filter(s -> s.side() != own.side()).toList();
        if (opponents.isEmpty()) opponents = intent.others();
        DebateIntent.Side strongest = opponents.stream()
                .max(Comparator.comparingDouble(DebateIntent.Side::confidence)
                        .thenComparing(DebateIntent.Side::advisor))
                .orElse(own);
        boolean yields = own.confidence() < strongest.confidence()
                || (own.confidence() == strongest.confidence() && own.advisor().compareTo(strongest.advisor()) > 0);
        String proposal = proposal(intent, t);
        double confidence = Math.round(own.confidence() * 100) / 100.0;
        Answers.Turn turn;
        if (intent.round() == 1) {
            turn = yields
                    ? new Answers.Turn(
                            "compromise",
                            t.get(
                                    "debate.compromise.1",
                                    "other_short",
                                    excerpt(strongest.position(), 90),
                                    "proposal",
                                    proposal),
                            proposal,
                            Math.min(0.8, confidence))
                    : new Answers.Turn(
                            "hold",
                            t.get(
                                    "debate.hold.1",
                                    "own_short",
                                    excerpt(own.position(), 90),
                                    "reason",
                                    sentence(own.reasoning()),
                                    "other_short",
                                    excerpt(strongest.position(), 90),
                                    "evidence",
                                    evidence(own)),
                            "",
                            confidence);
        } else {
            boolean compromiseOnTable =
                    intent.earlier().stream().anyMatch(p -> p.move().equals("compromise"));
            boolean iCompromised = intent.earlier().stream()
                    .anyMatch(p -> p.advisor().equals(own.advisor()) && p.move().equals("compromise"));
            if (compromiseOnTable) {
                turn = new Answers.Turn(
                        "compromise",
                        t.get(iCompromised ? "debate.compromise.2" : "debate.accept.2", "proposal", proposal),
                        proposal,
                        Math.min(0.8, confidence));
            } else if (yields) {
                turn = new Answers.Turn(
                        "concede",
                        t.get("debate.concede.2", "other_short", excerpt(strongest.position(), 90)),
                        "",
                        confidence);
            } else {
                turn = new Answers.Turn(
                        "hold",
                        t.get(
                                "debate.hold.2",
                                "other_short",
                                excerpt(strongest.position(), 90),
                                "own_short",
                                excerpt(own.position(), 90)),
                        "",
                        confidence);
            }
        }
        return Json.write(turn);
    }

    public String peerReview(PeerReviewIntent intent) {
        Texts t = texts(intent.brief());
        String seat = seat(intent.reviewer());
        var ranked = new ArrayList<>(intent.candidates());
        ranked.sort(Comparator.comparingDouble((PeerReviewIntent.Candidate c) -> -score(c, seat))
                .thenComparing(PeerReviewIntent.Candidate::label));
        var labels = ranked.stream().map(PeerReviewIntent.Candidate::label).toList();
        return Json.write(new Answers.Ranking(labels, t.get("review.rationale", "reviewer", t.get("review." + seat))));
    }

    public String vote(VoteIntent intent) {
        Texts t = texts(intent.brief());
        var own = intent.ownStances().stream().map(DeliberationPlaybook::stance).toList();
        var votes = new ArrayList<Answers.Vote>();
        for (VoteIntent.Motion m : intent.proposals()) votes.add(vote(intent, m, own, t));
        return Json.write(new Answers.Ballot(votes));
    }

    public String refine(RefineIntent intent) {
        var points = intent.sources().stream()
                .limit(3)
                .map(s -> new Answers.Point(s.text(), s.id()))
                .toList();
        return Json.write(new Answers.Refined(points));
    }

    private Answers.Vote vote(VoteIntent intent, VoteIntent.Motion m, List<Stance> own, Texts t) {
        Brief brief = intent.brief();
        boolean chair = intent.boardRole().equals("chair");
        boolean mine = m.proposedBy().equals(intent.member());
        if (chair) return new Answers.Vote(m.id(), "approve", t.get(mine ? "vote.chair.own" : "vote.chair"));
        if (mine) return new Answers.Vote(m.id(), "approve", t.get("vote.own"));
        if (intent.budgetCeiling() != null && m.costAmount() != null && m.costAmount() > intent.budgetCeiling()) {
            return new Answers.Vote(
                    m.id(),
                    "reject",
                    t.get(
                            "vote.over_ceiling",
                            "cost",
                            Format.money(m.costAmount(), brief.currency(), brief.language()),
                            "ceiling",
                            Format.money(intent.budgetCeiling(), brief.currency(), brief.language())));
        }
        var motion = m.stances().stream().map(DeliberationPlaybook::stance).toList();
        var opposing =
                own.stream().filter(s -> motion.stream().anyMatch(s::opposes)).toList();
        var shared = motion.stream().filter(own::contains).toList();
        if (!opposing.isEmpty() && shared.isEmpty()) {
            return new Answers.Vote(
                    m.id(), "reject", t.get(byRole(t, "vote.opposed", intent), "stances", names(opposing, brief)));
        }
        if (!opposing.isEmpty()) {
            return new Answers.Vote(
                    m.id(),
                    "abstain",
                    t.get("vote.mixed", "aligned", names(shared, brief), "opposed", names(opposing, brief)));
        }
        if (!shared.isEmpty()) {
            return new Answers.Vote(
                    m.id(), "approve", t.get(byRole(t, "vote.aligned", intent), "stances", names(shared, brief)));
        }
        if (motion.isEmpty()) {
            String key = "vote.balanced." + intent.boardRole();
            return new Answers.Vote(m.id(), "approve", t.get(t.has(key) ? key : "vote.balanced.member"));
        }
        return new Answers.Vote(m.id(), "approve", t.get("vote.measurable"));
    }

    /** A member's own wording of a vote when its seat has one, so members sharing a stance still differ. */
    private static String byRole(Texts t, String key, VoteIntent intent) {
        String own = key + "." + intent.boardRole();
        return t.has(own) ? own : key;
    }

    /** Stances as the reader says them, e.g. "agir rápido, agressivo". */
    private static String names(List<Stance> stances, Brief brief) {
        return String.join(
                ", ", stances.stream().map(s -> Names.of(s, brief.language())).toList());
    }

    private String proposal(DebateIntent intent, Texts t) {
        var all = new ArrayList<DebateIntent.Side>();
        all.add(intent.own());
        all.addAll(intent.others());
        all.sort(Comparator.comparing(DebateIntent.Side::advisor));
        DebateIntent.Side plus = best(all, 1);
        DebateIntent.Side minus = best(all, -1);
        Brief brief = intent.brief();
        if (intent.kind().equals("budget_exceeded") && intent.budgetCeiling() != null) {
            // The conflict's own total, so the compromise argues over the figure its topic states.
            double spend = intent.budgetRequested() != null
                    ? intent.budgetRequested()
                    : all.stream()
                            .filter(s -> s.side() > 0 && s.costAmount() != null)
                            .mapToDouble(DebateIntent.Side::costAmount)
                            .sum();
            return t.get(
                    "proposal.budget_exceeded",
                    "ceiling",
                    Format.money(intent.budgetCeiling(), brief.currency(), brief.language()),
                    "spend_title",
                    plus.position(),
                    "gap",
                    Format.money(Math.max(0, spend - intent.budgetCeiling()), brief.currency(), brief.language()),
                    "spend",
                    Format.money(spend, brief.currency(), brief.language()));
        }
        String key = intent.kind().equals("opposite_stances")
                ? "proposal." + intent.dimension()
                : "proposal." + intent.kind();
        if (!t.has(key)) key = "proposal.generic";
        String pilot = plus.costAmount() == null
                ? t.get("pilot.unknown")
                : t.get("pilot.half", "amount", Format.money(plus.costAmount(), brief.currency(), brief.language()))
                        + " (" + Format.money(plus.costAmount() / 2, brief.currency(), brief.language()) + ")";
        return t.get(key, "plus_title", plus.position(), "minus_title", minus.position(), "pilot", pilot);
    }

    private static DebateIntent.Side best(List<DebateIntent.Side> sides, int side) {
        return sides.stream()
                .filter(s -> Integer.signum(s.side()) == side)
                .max(Comparator.comparingDouble(DebateIntent.Side::confidence))
                .orElse(sides.getFirst());
    }

    private static double score(PeerReviewIntent.Candidate c, String seat) {
        double impact = level(c.impact());
        double cost = level(c.cost());
        double score = impact * 2 + c.confidence();
        switch (seat) {
            case "cfo" -> score -= cost;
            case "cro" -> score += c.stances().contains("growth") || c.stances().contains("invest") ? 0.5 : 0;
            case "cmo" -> score += c.stances().contains("growth") ? 0.3 : 0;
            case "analyst" -> score += c.confidence();
            default -> {}
        }
        return score;
    }

    private static String seat(String advisor) {
        return switch (advisor) {
            case "financial" -> "cfo";
            case "commercial" -> "cro";
            case "market" -> "cmo";
            case "analyst" -> "analyst";
            default -> "member";
        };
    }

    private static double level(String value) {
        return switch (value == null ? "" : value) {
            case "high" -> 2;
            case "medium" -> 1;
            default -> 0;
        };
    }

    private static Stance stance(String name) {
        return Stance.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String evidence(DebateIntent.Side side) {
        return side.evidence().isEmpty()
                ? side.position()
                : excerpt(side.evidence().getFirst(), 160);
    }

    private static String sentence(String text) {
        String s = excerpt(text, 220);
        if (s.isEmpty()) return "";
        return s.endsWith(".") || s.endsWith("…") ? s : s + ".";
    }

    private static String excerpt(String text, int max) {
        return Format.excerpt(text, max);
    }

    private static Texts texts(Brief brief) {
        return Texts.load(
                DeliberationPlaybook.class, "deliberation/" + brief.language().tag() + ".properties");
    }
}
