package dev.consultor.engine.deliberation.artifacts;

import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Deliberation;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Reports;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.deliberation.meeting.Decision;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The 30/60/90-day plan: the decisions first, then the chair's and the other advisors' recommendations by
 * impact, up to {@value #MAX_ACTIONS} actions. An action in a later bucket depends on the first action of the
 * bucket before it.
 */
final class Planner {
    static final int MAX_ACTIONS = 8;

    private final Brief brief;
    private final Roster roster;
    private final Texts texts;

    Planner(Brief brief, Roster roster, Texts texts) {
        this.brief = brief;
        this.roster = roster;
        this.texts = texts;
    }

    List<ActionPlan.Action> plan(List<AgentReport> reports, Deliberation deliberation) {
        var drafts = new ArrayList<Draft>();
        var used = new HashSet<String>();
        // Recommendations a decision already carries, quoted or whole: an action restating one is the same action.
        var decided = new ArrayList<String>();
        for (Decision d : deliberation.decisions()) {
            int days = (int) ChronoUnit.DAYS.between(brief.asOf(), d.due());
            drafts.add(
                    new Draft(bucket(days), d.title(), d.owner(), d.due(), d.successMetric(), decisionKpi(d, reports)));
            used.add(d.basis());
            used.add(Format.fold(d.title()));
            decided.add(Format.fold(d.title()));
            reports.stream()
                    .flatMap(r -> r.recommendations().stream())
                    .map(r -> Format.fold(r.title()))
                    .filter(t -> Format.fold(d.title()).contains(t))
                    .forEach(decided::add);
        }
        String chair = roster.byBoardRole(BoardRole.CHAIR).map(a -> a.id()).orElse("");
        var candidates = new ArrayList<Recommendation>();
        reports.stream().filter(r -> r.advisor().equals(chair)).forEach(r -> candidates.addAll(r.recommendations()));
        reports.stream()
                .filter(r -> !r.advisor().equals(chair))
                .flatMap(r -> r.recommendations().stream())
                .sorted(Comparator.comparing(Recommendation::impact).reversed().thenComparing(Recommendation::id))
                .forEach(candidates::add);
        for (Recommendation r : candidates) {
            if (drafts.size() >= MAX_ACTIONS) break;
            if (used.contains(r.id()) || restates(r, decided) || !used.add(Format.fold(r.title()))) continue;
            used.add(r.id());
            int days = switch (r.horizon()) {
                case IMMEDIATE -> 30;
                case SHORT_TERM -> 60;
                case MEDIUM_TERM, LONG_TERM -> 90;
            };
            String author = Reports.authorOf(reports, r);
            drafts.add(new Draft(
                    days,
                    r.title(),
                    owner(r, author),
                    brief.asOf().plusDays(days),
                    effect(r, reports),
                    r.kpi().isBlank()
                            ? Reports.firstKpi(reports, author).map(Kpi::name).orElse("")
                            : r.kpi()));
        }
        drafts.sort(Comparator.comparingInt(Draft::bucket));
        var actions = new ArrayList<ActionPlan.Action>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String dependsOn = "";
            for (int earlier = d.bucket - 30; earlier >= 30 && dependsOn.isEmpty(); earlier -= 30) {
                for (int j = 0; j < i; j++) {
                    if (drafts.get(j).bucket == earlier) {
                        dependsOn = "A" + (j + 1);
                        break;
                    }
                }
            }
            actions.add(new ActionPlan.Action(
                    "A" + (i + 1), d.bucket, d.title, d.owner, d.due, dependsOn, d.effect, d.kpi));
        }
        return actions;
    }

    /** Whether a recommendation quotes, or is quoted by, what a decision already commits to. */
    private static boolean restates(Recommendation r, List<String> decided) {
        String title = Format.fold(r.title());
        return decided.stream().anyMatch(t -> t.contains(title) || title.contains(t));
    }

    /**
     * The KPI a decision moves: its own, else the one its success metric names ("Churn mensal: atingir 6,2%"),
     * else the one of the recommendation it rests on.
     */
    private static String decisionKpi(Decision d, List<AgentReport> reports) {
        if (!d.kpi().isBlank()) return d.kpi();
        String metric = Format.fold(d.successMetric());
        return reports.stream()
                .flatMap(r -> r.kpis().stream())
                .map(Kpi::name)
                .filter(name -> metric.startsWith(Format.fold(name)))
                .max(Comparator.comparingInt(String::length))
                .or(() -> reports.stream()
                        .flatMap(r -> r.recommendations().stream())
                        .filter(r -> r.id().equals(d.basis()))
                        .map(Recommendation::kpi)
                        .filter(k -> !k.isBlank())
                        .findFirst())
                .orElse("");
    }

    private static int bucket(int days) {
        return days <= 30 ? 30 : days <= 60 ? 60 : 90;
    }

    private String effect(Recommendation r, List<AgentReport> reports) {
        if (!r.kpi().isEmpty()) {
            for (AgentReport report : reports) {
                for (Kpi k : report.kpis()) {
                    if (Format.fold(k.name()).equals(Format.fold(r.kpi()))) {
                        return texts.get(
                                "metric.default",
                                "kpi",
                                k.name(),
                                "target",
                                Format.quantity(k.target(), k.unit(), brief.language()));
                    }
                }
            }
        }
        return r.rationale().isBlank() ? r.title() : r.rationale();
    }

    private BoardRole owner(Recommendation r, String author) {
        String owner = r.owner().strip().toUpperCase(Locale.ROOT);
        for (BoardRole role : BoardRole.values()) {
            if (role.name().equals(owner)
                    || Format.fold(role.label(brief.language())).equals(Format.fold(owner))) {
                return role;
            }
        }
        if (owner.equals("CEO")) return BoardRole.CHAIR;
        return roster.find(author).map(a -> a.boardRole()).orElse(BoardRole.MEMBER);
    }

    private record Draft(
            int bucket, String title, BoardRole owner, java.time.LocalDate due, String effect, String kpi) {}
}
