package dev.consultor.engine.report;

import java.util.List;

/** A possible cause or explanation, with how sure the advisor is and what supports it. */
public record Hypothesis(String statement, double confidence, List<String> evidence) {
    public Hypothesis {
        statement = Checks.text(statement, "hypothesis statement");
        confidence = Checks.confidence(confidence);
        evidence = Checks.list(evidence);
    }
}
