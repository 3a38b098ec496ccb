package dev.consultor.engine.deliberation.artifacts;

/**
 * An executive artifact: a closed set of typed records; Markdown and every other presentation are rendered from
 * them. Each states the figures of the problem it rests on.
 */
public sealed interface Artifact permits ExecutiveSummary, DecisionRecord, ActionPlan, RiskRegister, KpiScorecard {

    /** The problem's figures this artifact is built on, in the brief's words. */
    String context();

    /** A stable name, e.g. "executive_summary". */
    String kind();
}
