package dev.consultor.engine.model;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.report.AgentReport;
import java.util.Map;
import java.util.Objects;

/**
 * An advisor's analysis of the brief.
 *
 * @param dependencies the reports of the advisors this one depends on that completed, by advisor id
 * @param unavailable the advisors this one depends on whose reports are unavailable, with the reason
 */
public record AdvisorIntent(
        Brief brief, String advisor, Map<String, AgentReport> dependencies, Map<String, String> unavailable)
        implements Intent {

    public AdvisorIntent {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(advisor, "advisor");
        dependencies = Map.copyOf(dependencies);
        unavailable = Map.copyOf(unavailable);
    }
}
