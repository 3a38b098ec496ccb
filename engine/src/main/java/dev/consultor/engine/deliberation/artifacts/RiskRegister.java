package dev.consultor.engine.deliberation.artifacts;

import java.util.List;
import java.util.Objects;

/** The risks of the advisors' reports, scored probability × impact (1–5 each), worst first. */
public record RiskRegister(String context, List<Entry> entries) implements Artifact {

    public RiskRegister {
        Objects.requireNonNull(context, "context");
        entries = List.copyOf(entries);
    }

    @Override
    public String kind() {
        return "risk_register";
    }

    /** @param advisor who raised it */
    public record Entry(
            String description,
            int probability,
            int impact,
            int score,
            String mitigation,
            String owner,
            String advisor) {
        public Entry {
            Objects.requireNonNull(description, "description");
            if (score != probability * impact) throw new IllegalArgumentException("score is probability × impact");
            mitigation = mitigation == null ? "" : mitigation;
            owner = owner == null ? "" : owner;
            Objects.requireNonNull(advisor, "advisor");
        }
    }
}
