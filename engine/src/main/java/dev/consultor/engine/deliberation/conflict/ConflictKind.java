package dev.consultor.engine.deliberation.conflict;

/** Which rule found a conflict, or that the model did. */
public enum ConflictKind {
    /** Opposite stances on one dimension, e.g. invest vs cut. */
    OPPOSITE_STANCES,
    /** Proposed spending above the financial analyst's budget ceiling. */
    BUDGET_EXCEEDED,
    /** The same KPI with targets that cannot both be right. */
    KPI_TARGETS,
    /** The same action scheduled in horizons more than one step apart. */
    HORIZON_MISMATCH,
    /** Found by the model-assisted pass; cites the two recommendations it opposes. */
    MODEL_FOUND
}
