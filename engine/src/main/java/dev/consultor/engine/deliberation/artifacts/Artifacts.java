package dev.consultor.engine.deliberation.artifacts;

import java.util.List;
import java.util.Objects;

/** The executive artifacts of a consultation. */
public record Artifacts(
        ExecutiveSummary executiveSummary,
        DecisionRecord decisionRecord,
        ActionPlan actionPlan,
        RiskRegister riskRegister,
        KpiScorecard kpiScorecard) {

    public Artifacts {
        Objects.requireNonNull(executiveSummary, "executiveSummary");
        Objects.requireNonNull(decisionRecord, "decisionRecord");
        Objects.requireNonNull(actionPlan, "actionPlan");
        Objects.requireNonNull(riskRegister, "riskRegister");
        Objects.requireNonNull(kpiScorecard, "kpiScorecard");
    }

    public List<Artifact> all() {
        return List.of(executiveSummary, decisionRecord, actionPlan, riskRegister, kpiScorecard);
    }
}
