package dev.consultor.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.consultor.engine.report.AgentReport;
import java.util.Objects;

/** What became of one advisor in a consultation. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AdvisorOutcome.Completed.class, name = "completed"),
    @JsonSubTypes.Type(value = AdvisorOutcome.Failed.class, name = "failed"),
    @JsonSubTypes.Type(value = AdvisorOutcome.Skipped.class, name = "skipped")
})
public sealed interface AdvisorOutcome {
    String advisor();

    /** The advisor answered with a valid report. */
    record Completed(String advisor, AgentReport report, Usage usage, long startedMs, long finishedMs)
            implements AdvisorOutcome {
        public Completed {
            Objects.requireNonNull(advisor, "advisor");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /**
     * The advisor could not answer.
     *
     * @param cause what went wrong, in words a user can act on
     * @param kind the failure's category, e.g. "timeout", "invalid_response", "rate_limited"
     */
    record Failed(String advisor, String cause, String kind, Usage usage, long startedMs, long finishedMs)
            implements AdvisorOutcome {
        public Failed {
            Objects.requireNonNull(advisor, "advisor");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /** The advisor was not asked, e.g. because the consultation was cancelled first. */
    record Skipped(String advisor, String reason) implements AdvisorOutcome {
        public Skipped {
            Objects.requireNonNull(advisor, "advisor");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
