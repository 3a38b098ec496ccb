package dev.consultor.engine.deliberation.debate;

/** Why a debate ended when it did. */
public enum StopReason {
    CONVERGED("converged"),
    REPEATED("repeated"),
    MAX_ROUNDS("max_rounds"),
    CALL_BOUND("bound"),
    NO_ANSWERS("no_answers"),
    BELOW_THRESHOLD("not_debated"),
    NOT_AT_THIS_DEPTH("depth");

    private final String textKey;

    StopReason(String textKey) {
        this.textKey = textKey;
    }

    /** The key of its wording under {@code stop.} in the deliberation texts. */
    public String textKey() {
        return "stop." + textKey;
    }
}
