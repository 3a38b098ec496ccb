package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Reports;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.ConflictKind;
import dev.consultor.engine.deliberation.conflict.Position;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts what the board decides on: first each conflict's resolution (most severe first), then the best
 * recommendations not in dispute — ranked by the peer review when there was one, else the chair's own first,
 * then by impact and confidence — up to the cap. Due dates follow the horizon (30 days for immediate actions,
 * 60 for short-term ones, 90 — the first milestone — for anything longer).
 */
public final class ProposalBuilder {
    private final Brief brief;
    private final Roster roster;
    private final Texts texts;

    public ProposalBuilder(Brief brief, Roster roster) {
        this.brief = brief;
        this.roster = roster;
        this.texts = Texts.of(brief.language());
    }

    public List<Proposal> build(
            List<AgentReport> reports,
            List<Conflict> conflicts,
            Map<String, Debate> debates,
            PeerReview peerReview,
            int maxProposals) {
        var proposals = new ArrayList<Proposal>();
        var used = new HashSet<String>();
        int conflictSlots = Math.max(1, maxProposals - 1);
        for (Conflict conflict : conflicts) {
            if (proposals.size() >= conflictSlots) break;
            Debate debate = debates.get(conflict.id());
            if (debate == null) continue;
            Proposal proposal = fromConflict("P" + (proposals.size() + 1), conflict, debate, reports);
            // Two conflicts settled on the same move make one proposal, not two.
            String basis = debate.resolution().basis();
            boolean repeats = (!basis.isEmpty() && used.contains(basis))
                    || proposals.stream()
                            .anyMatch(p -> Format.fold(p.title()).contains(Format.fold(proposal.title()))
                                    || Format.fold(proposal.title()).contains(Format.fold(p.title())));
            if (!repeats) proposals.add(proposal);
            conflict.positions().forEach(p -> used.add(p.recommendationId()));
            used.add(basis);
        }
        for (Recommendation r : ranked(reports, peerReview)) {
            if (proposals.size() >= maxProposals) break;
            if (used.contains(r.id()) || !usedTitle(proposals, r.title()).isEmpty() || restates(r, proposals, reports))
                continue;
            proposals.add(fromRecommendation("P" + (proposals.size() + 1), r, reports));
            used.add(r.id());
        }
        return List.copyOf(proposals);
    }

    private Proposal fromConflict(String id, Conflict conflict, Debate debate, List<AgentReport> reports) {
        String basis = debate.resolution().basis();
        Optional<Recommendation> rec = Reports.find(reports, basis);
        String author = rec.map(r -> Reports.authorOf(reports, r)).orElse(chairId());
        BoardRole owner = conflict.kind() == ConflictKind.BUDGET_EXCEEDED
                ? BoardRole.CFO
                : rec.map(r -> ownerRole(r, Reports.authorOf(reports, r))).orElse(leadRole(conflict));
        Double cost = conflict.kind() == ConflictKind.BUDGET_EXCEEDED
                ? conflict.positions().stream()
                        .filter(p -> p.side() < 0)
                        .map(Position::costAmount)
                        .findFirst()
                        .orElse(null)
                : rec.map(r -> r.cost().amount()).orElse(null);
        Recommendation measured = rec.orElseGet(() -> measuredBy(conflict, reports));
        return new Proposal(
                id,
                title(conflict, debate, rec.orElse(null), cost),
                conflict.topic() + ": " + debate.resolution().decision(),
                author,
                conflict.id(),
                basis,
                basis.isEmpty() ? List.of() : rec.map(Recommendation::stances).orElse(List.of()),
                cost,
                owner,
                rec.map(r -> dueDays(r)).orElse(compromiseDueDays(conflict)),
                metric(measured, author, reports),
                Optional.ofNullable(measured)
                        .map(Recommendation::kpi)
                        .filter(k -> !k.isBlank())
                        .or(() -> metricKpi(measured, author, reports).map(Kpi::name))
                        .orElse(""));
    }

    /** A compromise is measured as the first of the positions it reconciles that names a KPI. */
    private static Recommendation measuredBy(Conflict conflict, List<AgentReport> reports) {
        return conflict.positions().stream()
                .map(p -> Reports.find(reports, p.recommendationId()))
                .flatMap(Optional::stream)
                .filter(r -> !r.kpi().isBlank())
                .findFirst()
                .orElse(null);
    }

    /**
     * When a compromise is due: a budget compromise commits its first phase now, so it is due within 30 days (the
     * 60-day checkpoint is in its wording); any other compromise has 60 days.
     */
    private static int compromiseDueDays(Conflict conflict) {
        return conflict.kind() == ConflictKind.BUDGET_EXCEEDED ? 30 : 60;
    }

    /** What the board would do: the prevailing recommendation, or the compromise proposed in the debate. */
    private String title(Conflict conflict, Debate debate, Recommendation basis, Double cost) {
        if (basis != null) {
            if (conflict.kind() == ConflictKind.BUDGET_EXCEEDED && cost != null) {
                return texts.get(
                        "proposal.within_ceiling",
                        "title",
                        basis.title(),
                        "ceiling",
                        Format.money(cost, brief.currency(), brief.language()));
            }
            return basis.title();
        }
        return debate.rounds().stream()
                .flatMap(r -> r.turns().stream())
                .filter(t -> t.move() == dev.consultor.engine.deliberation.debate.Move.COMPROMISE)
                .reduce((first, second) -> second)
                .map(dev.consultor.engine.deliberation.debate.Turn::proposal)
                .orElse(debate.resolution().decision());
    }

    private Proposal fromRecommendation(String id, Recommendation r, List<AgentReport> reports) {
        String author = Reports.authorOf(reports, r);
        return new Proposal(
                id,
                texts.get("proposal.recommendation", "title", r.title()),
                r.rationale(),
                author,
                "",
                r.id(),
                r.stances(),
                r.cost().amount(),
                ownerRole(r, author),
                dueDays(r),
                metric(r, author, reports),
                r.kpi());
    }

    private List<Recommendation> ranked(List<AgentReport> reports, PeerReview peerReview) {
        var ordered = new ArrayList<Recommendation>();
        if (peerReview != null) {
            for (PeerReview.Standing s : peerReview.standings())
                Reports.find(reports, s.recommendationId()).ifPresent(ordered::add);
        }
        reports.stream()
                .filter(r -> r.advisor().equals(chairId()))
                .flatMap(r -> r.recommendations().stream())
                .forEach(ordered::add);
        reports.stream()
                .flatMap(r -> r.recommendations().stream())
                .sorted(Comparator.comparing((Recommendation r) -> r.impact())
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Recommendation::confidence)
                                .reversed())
                        .thenComparing(Recommendation::id))
                .forEach(ordered::add);
        return ordered.stream().distinct().toList();
    }

    /**
     * Whether a recommendation carries out what a proposal already puts to the vote: it quotes a recommendation
     * that a proposal quotes ("Executar “X” em fases" after a first phase of "X"), or a proposal quotes it.
     */
    private static boolean restates(Recommendation r, List<Proposal> proposals, List<AgentReport> reports) {
        String title = Format.fold(r.title());
        for (Proposal p : proposals) {
            String proposal = Format.fold(p.title());
            if (proposal.contains(title)) return true;
            boolean quotesTheSame = reports.stream()
                    .flatMap(a -> a.recommendations().stream())
                    .filter(other -> other != r)
                    .map(other -> Format.fold(other.title()))
                    .anyMatch(quoted -> proposal.contains(quoted) && title.contains(quoted));
            if (quotesTheSame) return true;
        }
        return false;
    }

    private static Set<String> usedTitle(List<Proposal> proposals, String title) {
        var hits = new HashSet<String>();
        for (Proposal p : proposals) if (Format.fold(p.title()).equals(Format.fold(title))) hits.add(p.id());
        return hits;
    }

    static int dueDays(Recommendation r) {
        return switch (r.horizon()) {
            case IMMEDIATE -> 30;
            case SHORT_TERM -> 60;
            case MEDIUM_TERM, LONG_TERM -> 90;
        };
    }

    private String metric(Recommendation r, String author, List<AgentReport> reports) {
        return metricKpi(r, author, reports)
                .map(k -> texts.get(
                        "metric.default",
                        "kpi",
                        k.name(),
                        "target",
                        Format.quantity(k.target(), k.unit(), brief.language())))
                .orElse(texts.get("metric.none"));
    }

    /** The KPI a proposal is measured by: its recommendation's, else {@link Reports#firstKpi}. */
    private Optional<Kpi> metricKpi(Recommendation r, String author, List<AgentReport> reports) {
        Optional<Kpi> kpi = Optional.empty();
        if (r != null && !r.kpi().isEmpty()) {
            kpi = reports.stream()
                    .sorted(Comparator.comparing((AgentReport a) -> !a.advisor().equals(author)))
                    .flatMap(a -> a.kpis().stream())
                    .filter(k -> Format.fold(k.name()).equals(Format.fold(r.kpi())))
                    .findFirst();
        }
        return kpi.or(() -> Reports.firstKpi(reports, author));
    }

    private BoardRole ownerRole(Recommendation r, String author) {
        String owner = r.owner().strip().toUpperCase(Locale.ROOT);
        for (BoardRole role : BoardRole.values()) {
            if (role.name().equals(owner)
                    || Format.fold(role.label(brief.language())).equals(Format.fold(owner))) {
                return role;
            }
        }
        if (owner.equals("CEO")) return BoardRole.CHAIR;
        return roleOf(author);
    }

    private BoardRole leadRole(Conflict conflict) {
        return conflict.positions().stream()
                .max(Comparator.comparingDouble(Position::confidence))
                .map(p -> roleOf(p.advisor()))
                .orElse(BoardRole.CHAIR);
    }

    BoardRole roleOf(String advisor) {
        return roster.find(advisor).map(a -> a.boardRole()).orElse(BoardRole.MEMBER);
    }

    private String chairId() {
        return roster.byBoardRole(BoardRole.CHAIR).map(a -> a.id()).orElse("");
    }
}
