package dev.consultor.engine.deliberation.artifacts;

import java.util.List;
import java.util.Objects;

/** The decision taken, the alternatives weighed with their pros and cons, and why the others lost. */
public record DecisionRecord(String context, Option chosen, List<Alternative> alternatives) implements Artifact {

    public DecisionRecord {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(chosen, "chosen");
        alternatives = List.copyOf(alternatives);
    }

    @Override
    public String kind() {
        return "decision_record";
    }

    /** @param advisor who put it forward, or "board" for a compromise */
    public record Option(String title, String advisor, List<String> pros, List<String> cons) {
        public Option {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(advisor, "advisor");
            pros = List.copyOf(pros);
            cons = List.copyOf(cons);
        }
    }

    public record Alternative(Option option, String whyItLost) {
        public Alternative {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(whyItLost, "whyItLost");
        }
    }
}
