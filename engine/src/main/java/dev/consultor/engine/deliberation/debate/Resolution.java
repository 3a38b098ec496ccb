package dev.consultor.engine.deliberation.debate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * How a conflict was settled: a closed set. Each records the decision, what it trades off, who still disagrees
 * and how confident the board is in it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Resolution.Consensus.class, name = "consensus"),
    @JsonSubTypes.Type(value = Resolution.Compromise.class, name = "compromise"),
    @JsonSubTypes.Type(value = Resolution.Majority.class, name = "majority"),
    @JsonSubTypes.Type(value = Resolution.ChairDecision.class, name = "chair_decision")
})
public sealed interface Resolution {
    String decision();

    /**
     * The recommendation the decision carries forward (e.g. "commercial-2"), or empty for a compromise that is
     * none of the positions.
     */
    String basis();

    List<String> tradeOffs();

    /** Advisors who did not agree with the outcome. */
    List<String> dissent();

    double confidence();

    /** The other side conceded. */
    record Consensus(String decision, String basis, List<String> tradeOffs, List<String> dissent, double confidence)
            implements Resolution {
        public Consensus {
            Checks.check(decision, basis, confidence);
            tradeOffs = List.copyOf(tradeOffs);
            dissent = List.copyOf(dissent);
        }
    }

    /** The advisors converged on a middle way. */
    record Compromise(String decision, String basis, List<String> tradeOffs, List<String> dissent, double confidence)
            implements Resolution {
        public Compromise {
            Checks.check(decision, basis, confidence);
            tradeOffs = List.copyOf(tradeOffs);
            dissent = List.copyOf(dissent);
        }
    }

    /** No convergence; most of the advisors involved were on one side. */
    record Majority(String decision, String basis, List<String> tradeOffs, List<String> dissent, double confidence)
            implements Resolution {
        public Majority {
            Checks.check(decision, basis, confidence);
            tradeOffs = List.copyOf(tradeOffs);
            dissent = List.copyOf(dissent);
        }
    }

    /** No convergence and no majority, or no debate: the chair decided. */
    record ChairDecision(String decision, String basis, List<String> tradeOffs, List<String> dissent, double confidence)
            implements Resolution {
        public ChairDecision {
            Checks.check(decision, basis, confidence);
            tradeOffs = List.copyOf(tradeOffs);
            dissent = List.copyOf(dissent);
        }
    }

    /** Shared validation of the resolutions' components. */
    final class Checks {
        private Checks() {}

        static void check(String decision, String basis, double confidence) {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(basis, "basis");
            if (decision.isBlank()) throw new IllegalArgumentException("a resolution needs a decision");
            if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence 0..1");
        }
    }
}
