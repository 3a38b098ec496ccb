package dev.consultor.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.consultor.engine.deliberation.conflict.Severity;
import dev.consultor.engine.deliberation.meeting.Phase;
import java.util.List;

/** Something that happened while a consultation ran, for live displays. Times are ms since it started. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ProgressEvent.AdvisorStarted.class, name = "advisor_started"),
    @JsonSubTypes.Type(value = ProgressEvent.AdvisorFinished.class, name = "advisor_finished"),
    @JsonSubTypes.Type(value = ProgressEvent.AdvisorFailed.class, name = "advisor_failed"),
    @JsonSubTypes.Type(value = ProgressEvent.AdvisorSkipped.class, name = "advisor_skipped"),
    @JsonSubTypes.Type(value = ProgressEvent.TextDelta.class, name = "text_delta"),
    @JsonSubTypes.Type(value = ProgressEvent.ConflictFound.class, name = "conflict_found"),
    @JsonSubTypes.Type(value = ProgressEvent.DebateRound.class, name = "debate_round"),
    @JsonSubTypes.Type(value = ProgressEvent.MeetingPhase.class, name = "meeting_phase"),
    @JsonSubTypes.Type(value = ProgressEvent.ArtifactReady.class, name = "artifact_ready"),
    @JsonSubTypes.Type(value = ProgressEvent.StageSkipped.class, name = "stage_skipped"),
    @JsonSubTypes.Type(value = ProgressEvent.ConsultationFinished.class, name = "consultation_finished")
})
public sealed interface ProgressEvent {
    long atMs();

    record AdvisorStarted(String advisor, long atMs) implements ProgressEvent {}

    record AdvisorFinished(String advisor, long atMs, long durationMs, Usage usage) implements ProgressEvent {}

    record AdvisorFailed(String advisor, long atMs, String cause, String kind) implements ProgressEvent {}

    record AdvisorSkipped(String advisor, long atMs, String reason) implements ProgressEvent {}

    /** Text a streaming model produced for an advisor, as it arrived. */
    record TextDelta(String advisor, long atMs, String text) implements ProgressEvent {}

    /** The deliberation found a disagreement between advisors. */
    record ConflictFound(long atMs, String conflictId, String topic, Severity severity, List<String> advisors)
            implements ProgressEvent {}

    /** A debate round on a conflict ended; {@code converged} when it settled the conflict. */
    record DebateRound(long atMs, String conflictId, int round, boolean converged) implements ProgressEvent {}

    /** The board meeting moved to a phase of its agenda. */
    record MeetingPhase(long atMs, Phase phase) implements ProgressEvent {}

    /** An executive artifact was built, e.g. "executive_summary", "action_plan". */
    record ArtifactReady(long atMs, String artifact) implements ProgressEvent {}

    /** A stage did not run, e.g. because it would have exceeded the call bound of the depth. */
    record StageSkipped(long atMs, String stage, String reason) implements ProgressEvent {}

    record ConsultationFinished(long atMs, ConsultationStatus status, Usage usage) implements ProgressEvent {}
}
