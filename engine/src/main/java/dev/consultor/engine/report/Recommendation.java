package dev.consultor.engine.report;

import java.util.List;
import java.util.Objects;

/**
 * An action an advisor proposes, typed so that disagreements, budgets and schedules can be reasoned about.
 *
 * @param id unique within the consultation (e.g. "commercial-2"); the engine assigns it
 * @param stances the positions this action takes on shared dimensions
 * @param owner the role that would own it (e.g. "CRO", "CFO")
 * @param kpi the name of the KPI this action is meant to move, or empty
 */
public record Recommendation(
        String id,
        String title,
        String rationale,
        List<Stance> stances,
        Horizon horizon,
        Cost cost,
        Level impact,
        String owner,
        double confidence,
        List<String> evidence,
        String kpi) {

    public Recommendation {
        id = Checks.optional(id);
        title = Checks.text(title, "recommendation title");
        rationale = Checks.optional(rationale);
        stances = Checks.list(stances);
        Objects.requireNonNull(horizon, "recommendation horizon");
        Objects.requireNonNull(cost, "recommendation cost");
        Objects.requireNonNull(impact, "recommendation impact");
        owner = Checks.optional(owner);
        confidence = Checks.confidence(confidence);
        evidence = Checks.list(evidence);
        kpi = Checks.optional(kpi);
    }

    public Recommendation withId(String newId) {
        return new Recommendation(
                newId, title, rationale, stances, horizon, cost, impact, owner, confidence, evidence, kpi);
    }
}
