package dev.consultor.engine.model;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.report.AgentReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An advisor's analysis of the brief.
 *
 * @param dependencies the reports of the advisors this one depends on that completed, by advisor id
 * @param unavailable the advisors this one depends on whose reports are unavailable, with the reason
 * @param parts the parts of the report this advisor writes, by the schema's property names (the summary is always
 *     written); empty when it writes all of them
 */
public record AdvisorIntent(
        Brief brief,
        String advisor,
        Map<String, AgentReport> dependencies,
        Map<String, String> unavailable,
        List<String> parts)
        implements Intent {

    public AdvisorIntent {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(advisor, "advisor");
        dependencies = Map.copyOf(dependencies);
        unavailable = Map.copyOf(unavailable);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public AdvisorIntent(
            Brief brief, String advisor, Map<String, AgentReport> dependencies, Map<String, String> unavailable) {
        this(brief, advisor, dependencies, unavailable, List.of());
    }

    public AdvisorIntent withParts(List<String> parts) {
        return new AdvisorIntent(brief, advisor, dependencies, unavailable, parts);
    }

    /** Whether the advisor writes the part of the report the schema calls {@code property}. */
    public boolean writes(String property) {
        return parts.isEmpty() || parts.contains(property);
    }
}
