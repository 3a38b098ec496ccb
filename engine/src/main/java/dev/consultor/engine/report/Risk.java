package dev.consultor.engine.report;

/** Something that could go wrong, graded 1–5 for probability and impact. */
public record Risk(String description, int probability, int impact, String mitigation, String owner) {
    public Risk {
        description = Checks.text(description, "risk description");
        probability = Checks.scale(probability, "risk probability");
        impact = Checks.scale(impact, "risk impact");
        mitigation = Checks.optional(mitigation);
        owner = Checks.optional(owner);
    }

    public int score() {
        return probability * impact;
    }
}
