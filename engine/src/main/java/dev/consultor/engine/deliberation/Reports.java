package dev.consultor.engine.deliberation;

import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import java.util.List;
import java.util.Optional;

/** Look-ups across the advisors' reports by recommendation id, shared by the meeting and the artifacts. */
public final class Reports {
    private Reports() {}

    public static Optional<Recommendation> find(List<AgentReport> reports, String id) {
        if (id == null || id.isEmpty()) return Optional.empty();
        return reports.stream()
                .flatMap(r -> r.recommendations().stream())
                .filter(r -> r.id().equals(id))
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
