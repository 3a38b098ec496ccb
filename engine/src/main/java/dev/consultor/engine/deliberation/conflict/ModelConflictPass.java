package dev.consultor.engine.deliberation.conflict;

import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Answers;
import dev.consultor.engine.deliberation.ModelCaller;
import dev.consultor.engine.deliberation.Requests;
import dev.consultor.engine.model.ConflictIntent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Asks a generative model for conflicts the typed rules cannot see. A conflict it adds is kept only if it cites
 * two existing recommendations of two different advisors that no known conflict already opposes; the others are
 * dropped. Added conflicts are graded by the same stakes as the rules' (cost and impact of the two
 * recommendations).
 */
public final class ModelConflictPass {
    public static final String STAGE = "conflicts";

    private final ModelCaller caller;
    private final Brief brief;
    private final int maxTokens;
    private final Roster roster;

    public ModelConflictPass(ModelCaller caller, Brief brief, int maxTokens, Roster roster) {
        this.caller = caller;
        this.brief = brief;
        this.maxTokens = maxTokens;
        this.roster = roster;
    }

    /** The conflicts with the model's additions, renumbered; empty when the call bound cannot take the call. */
    public Optional<List<Conflict>> run(List<AgentReport> reports, List<Conflict> known) throws InterruptedException {
        var knownPairs = new ArrayList<ConflictIntent.Known>();
        for (Conflict c : known) {
            for (Position a : c.positions()) {
                for (Position b : c.positions()) {
                    if (a.side() < b.side())
                        knownPairs.add(new ConflictIntent.Known(a.recommendationId(), b.recommendationId()));
                }
            }
        }
        var intent = new ConflictIntent(brief, reports, knownPairs);
        var request = Requests.of(
                chair(),
                STAGE,
                "conflicts",
                brief,
                Map.of("reports", reports, "known", knownPairs),
                intent,
                maxTokens,
                roster);
        var answer = caller.one(request, Answers.Conflicts.class);
        if (answer.isEmpty()) return Optional.empty();
        var all = new ArrayList<>(known);
        all.addAll(accepted(
                reports,
                knownPairs,
                answer.get().map(Answers.Conflicts::conflicts).orElse(List.of())));
        return Optional.of(renumber(all));
    }

    static List<Conflict> accepted(
            List<AgentReport> reports, List<ConflictIntent.Known> known, List<Answers.Found> found) {
        var seen = new HashSet<String>();
        for (ConflictIntent.Known k : known) seen.add(pair(k.recommendationA(), k.recommendationB()));
        var added = new ArrayList<Conflict>();
        for (Answers.Found f : found) {
            var a = locate(reports, f.recommendationA());
            var b = locate(reports, f.recommendationB());
            if (a == null || b == null || a.report().advisor().equals(b.report().advisor())) continue;
            if (!seen.add(pair(f.recommendationA(), f.recommendationB()))) continue;
            int stakes = 1
                    + Math.max(
                            a.rec().cost().level().ordinal(),
                            b.rec().cost().level().ordinal())
                    + Math.max(a.rec().impact().ordinal(), b.rec().impact().ordinal());
            added.add(new Conflict(
                    "",
                    f.topic(),
                    type(f.type()),
                    ConflictKind.MODEL_FOUND,
                    Severity.ofStakes(stakes),
                    null,
                    List.of(
                            ConflictDetector.position(a.report(), a.rec(), 1),
                            withReasoning(ConflictDetector.position(b.report(), b.rec(), -1), f.reasoning()))));
        }
        return added;
    }

    private static Position withReasoning(Position p, String reasoning) {
        if (reasoning.isBlank()) return p;
        return new Position(
                p.advisor(),
                p.recommendationId(),
                p.position(),
                p.reasoning() + " " + reasoning,
                p.confidence(),
                p.evidence(),
                p.side(),
                p.costAmount());
    }

    private static List<Conflict> renumber(List<Conflict> conflicts) {
        var sorted = new ArrayList<>(conflicts);
        sorted.sort(
                java.util.Comparator.comparing(Conflict::severity).reversed().thenComparing(Conflict::key));
        var result = new ArrayList<Conflict>();
        for (int i = 0; i < sorted.size(); i++) result.add(sorted.get(i).withId("C" + (i + 1)));
        return List.copyOf(result);
    }

    private static ConflictType type(String value) {
        try {
            return ConflictType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ConflictType.STRATEGIC;
        }
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private record Located(AgentReport report, Recommendation rec) {}

    /** The chair reads the reports for conflicts, as the board's secretary would for it. */
    private String chair() {
        return roster.byBoardRole(BoardRole.CHAIR).map(a -> a.id()).orElse("reviewer");
    }

    private static Located locate(List<AgentReport> reports, String id) {
        for (AgentReport r : reports) {
            for (Recommendation rec : r.recommendations()) if (rec.id().equals(id)) return new Located(r, rec);
        }
        return null;
    }
}
