package dev.consultor.engine.deliberation.conflict;

/** How much is at stake in a conflict. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    static Severity ofStakes(int stakes) {
        if (stakes <= 1) return LOW;
        if (stakes == 2) return MEDIUM;
        if (stakes <= 4) return HIGH;
        return CRITICAL;
    }
}
