package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Answers;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.ModelCaller;
import dev.consultor.engine.deliberation.Requests;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.PeerReviewIntent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The anonymised peer review before a deep meeting. Every advisor except the chair ranks the top recommendation
 * of each other such advisor, shown under labels "A", "B", ... in an order shuffled with a seed derived from the
 * problem and the reviewer (so a rerun shows the same order). Rankings are aggregated by Borda count: with n
 * candidates, the first gets n-1 points, the last 0.
 */
public final class PeerReviewRunner {
    public static final String STAGE = "peer_review";

    private final ModelCaller caller;
    private final Brief brief;
    private final Roster roster;
    private final int maxTokens;

    public PeerReviewRunner(ModelCaller caller, Brief brief, Roster roster, int maxTokens) {
        this.caller = caller;
        this.brief = brief;
        this.roster = roster;
        this.maxTokens = maxTokens;
    }

    /** The reports whose authors review and are reviewed: every one with recommendations but the chair's. */
    public static List<AgentReport> participants(Roster roster, List<AgentReport> reports) {
        return reports.stream()
                .filter(r -> !r.recommendations().isEmpty())
                .filter(r -> roster.find(r.advisor())
                        .map(a -> a.boardRole() != BoardRole.CHAIR)
                        .orElse(true))
                .toList();
    }

    /** Empty when the call bound cannot take one call per reviewer, or fewer than three advisors take part. */
    public Optional<PeerReview> run(List<AgentReport> reports) throws InterruptedException {
        List<AgentReport> participants = participants(roster, reports);
        if (participants.size() < 3) return Optional.empty();
        var requests = new ArrayList<ModelRequest>();
        var shownByReviewer = new ArrayList<List<String>>();
        var labelsByReviewer = new ArrayList<Map<String, String>>();
        for (AgentReport reviewer : participants) {
            var candidates = new ArrayList<Recommendation>();
            for (AgentReport other : participants) {
                if (!other.advisor().equals(reviewer.advisor()))
                    candidates.add(other.recommendations().getFirst());
            }
            Collections.shuffle(candidates, new Random(seed(reviewer.advisor())));
            var labels = new LinkedHashMap<String, String>();
            var shown = new ArrayList<PeerReviewIntent.Candidate>();
            for (int i = 0; i < candidates.size(); i++) {
                String label = String.valueOf((char) ('A' + i));
                Recommendation r = candidates.get(i);
                labels.put(label, r.id());
                shown.add(new PeerReviewIntent.Candidate(
                        label,
                        r.title(),
                        r.rationale(),
                        r.stances().stream().map(Format::lower).toList(),
                        Format.lower(r.horizon()),
                        Format.lower(r.cost().level()),
                        r.cost().amount(),
                        Format.lower(r.impact()),
                        r.confidence()));
            }
            var intent = new PeerReviewIntent(brief, reviewer.advisor(), shown);
            requests.add(Requests.of(
                    reviewer.advisor(),
                    STAGE,
                    "peer-review",
                    brief,
                    Map.of("candidates", shown),
                    intent,
                    maxTokens,
                    roster));
            shownByReviewer.add(List.copyOf(labels.keySet()));
            labelsByReviewer.add(labels);
        }
        var answers = caller.all(requests, Answers.Ranking.class);
        if (answers.isEmpty()) return Optional.empty();
        var ballots = new ArrayList<PeerReview.Ballot>();
        for (int i = 0; i < participants.size(); i++) {
            var answer = answers.get().get(i);
            if (answer.isEmpty()) continue;
            List<String> ranking = complete(answer.get().ranking(), shownByReviewer.get(i));
            ballots.add(new PeerReview.Ballot(
                    participants.get(i).advisor(),
                    shownByReviewer.get(i),
                    labelsByReviewer.get(i),
                    ranking,
                    answer.get().rationale()));
        }
        return Optional.of(new PeerReview(ballots, standings(ballots, participants)));
    }

    private long seed(String reviewer) {
        return 31L * brief.problem().hashCode() + reviewer.hashCode();
    }

    /** Keeps the known labels once each, in the reviewer's order, and appends any it left out in shown order. */
    static List<String> complete(List<String> ranking, List<String> shown) {
        var result = new LinkedHashSet<String>();
        for (String label : ranking) {
            String l = label.strip().toUpperCase(java.util.Locale.ROOT);
            if (shown.contains(l)) result.add(l);
        }
        result.addAll(shown);
        return List.copyOf(result);
    }

    static List<PeerReview.Standing> standings(List<PeerReview.Ballot> ballots, List<AgentReport> participants) {
        var points = new LinkedHashMap<String, Integer>();
        for (AgentReport p : participants)
            points.put(p.recommendations().getFirst().id(), 0);
        for (PeerReview.Ballot ballot : ballots) {
            int n = ballot.ranking().size();
            for (int i = 0; i < n; i++) {
                points.merge(ballot.labels().get(ballot.ranking().get(i)), n - 1 - i, Integer::sum);
            }
        }
        var ordered = new ArrayList<>(points.entrySet());
        ordered.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        var standings = new ArrayList<PeerReview.Standing>();
        for (int i = 0; i < ordered.size(); i++) {
            String id = ordered.get(i).getKey();
            AgentReport author = participants.stream()
                    .filter(p -> p.recommendations().getFirst().id().equals(id))
                    .findFirst()
                    .orElseThrow();
            standings.add(new PeerReview.Standing(
                    id,
                    author.advisor(),
                    author.recommendations().getFirst().title(),
                    ordered.get(i).getValue(),
                    i + 1));
        }
        return standings;
    }
}
