package dev.consultor.engine.deliberation;

import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Look-ups across the advisors' reports, shared by the meeting and the artifacts. */
public final class Reports {
    private Reports() {}

    public static Optional<Recommendation> find(List<AgentReport> reports, String id) {
        if (id == null || id.isEmpty()) return Optional.empty();
        return reports.stream()
                .flatMap(r -> r.recommendations().stream())
                .filter(r -> r.id().equals(id))
                .findFirst();
    }

    /**
     * The first KPI {@code author} defines, else the board's first (the analyst's headline): an advisor who names
     * its colleagues' KPIs may define none of its own.
     */
    public static Optional<Kpi> firstKpi(List<AgentReport> reports, String author) {
        return reports.stream()
                .sorted(Comparator.comparing((AgentReport r) -> !r.advisor().equals(author)))
                .flatMap(r -> r.kpis().stream())
                .findFirst();
    }

    /** The roster id of the advisor who made {@code recommendation}, or empty. */
    public static String authorOf(List<AgentReport> reports, Recommendation recommendation) {
        return reports.stream()
                .filter(a -> a.recommendations().contains(recommendation))
                .map(AgentReport::advisor)
                .findFirst()
                .orElse("");
    }
}
