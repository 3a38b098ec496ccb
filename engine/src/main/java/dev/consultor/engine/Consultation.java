package dev.consultor.engine;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Deliberation;
import dev.consultor.engine.deliberation.StageUsage;
import dev.consultor.engine.deliberation.artifacts.Artifacts;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.report.AgentReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the board produced for one brief.
 *
 * @param outcomes one per advisor of the roster, in dependency order; their start and finish times are the
 *     consultation's timeline
 * @param errors causes of failures and skipped stages, in words a user can act on
 * @param durationMs wall time from start to finish
 * @param deliberation conflicts, debates, the meeting and the decisions; {@link Deliberation#NONE} when no
 *     advisor answered
 * @param artifacts the executive artifacts, or null when no advisor answered
 * @param stageUsage model calls, tokens, cost and latency per stage and advisor ("analysis", "debate", ...)
 */
public record Consultation(
        String id,
        Brief brief,
        ModelInfo model,
        List<AdvisorOutcome> outcomes,
        Usage usage,
        ConsultationStatus status,
        List<String> errors,
        Instant startedAt,
        long durationMs,
        Deliberation deliberation,
        Artifacts artifacts,
        List<StageUsage> stageUsage) {

    public Consultation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(model, "model");
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(status, "status");
        errors = List.copyOf(errors);
        Objects.requireNonNull(startedAt, "startedAt");
        deliberation = deliberation == null ? Deliberation.NONE : deliberation;
        stageUsage = stageUsage == null ? List.of() : List.copyOf(stageUsage);
    }

    /** A consultation without deliberation, as the engine produced before it deliberated. */
    public Consultation(
            String id,
            Brief brief,
            ModelInfo model,
            List<AdvisorOutcome> outcomes,
            Usage usage,
            ConsultationStatus status,
            List<String> errors,
            Instant startedAt,
            long durationMs) {
        this(
                id,
                brief,
                model,
                outcomes,
                usage,
                status,
                errors,
                startedAt,
                durationMs,
                Deliberation.NONE,
                null,
                List.of());
    }

    public Optional<AgentReport> report(String advisor) {
        return outcomes.stream()
                .filter(o -> o.advisor().equals(advisor))
                .findFirst()
                .flatMap(o -> switch (o) {
                    case AdvisorOutcome.Completed c -> Optional.of(c.report());
                    case AdvisorOutcome.Failed f -> Optional.<AgentReport>empty();
                    case AdvisorOutcome.Skipped s -> Optional.<AgentReport>empty();
                });
    }

    public List<AgentReport> reports() {
        return outcomes.stream()
                .flatMap(o -> switch (o) {
                    case AdvisorOutcome.Completed c -> java.util.stream.Stream.of(c.report());
                    case AdvisorOutcome.Failed f -> java.util.stream.Stream.<AgentReport>empty();
                    case AdvisorOutcome.Skipped s -> java.util.stream.Stream.<AgentReport>empty();
                })
                .toList();
    }

    /** The status a set of advisor outcomes implies: failed when none answered, degraded when any did not. */
    public static ConsultationStatus statusOf(List<AdvisorOutcome> outcomes) {
        long completed = outcomes.stream()
                .filter(o -> o instanceof AdvisorOutcome.Completed)
                .count();
        if (completed == 0) return ConsultationStatus.FAILED;
        return completed == outcomes.size() ? ConsultationStatus.COMPLETED : ConsultationStatus.DEGRADED;
    }
}
