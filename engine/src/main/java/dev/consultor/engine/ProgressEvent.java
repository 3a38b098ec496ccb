package dev.consultor.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Something that happened while a consultation ran, for live displays. Times are ms since it started. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ProgressEvent.AdvisorStarted.class, name = "advisor_started"),
    @JsonSubTypes.Type(value = ProgressEvent.AdvisorFinished.class, name = "advisor_finished"),
    @JsonSubTypes.Type(value = ProgressEvent.AdvisorFailed.class, name = "advisor_failed"),
    @JsonSubTypes.Type(value = ProgressEvent.AdvisorSkipped.class, name = "advisor_skipped"),
    @JsonSubTypes.Type(value = ProgressEvent.TextDelta.class, name = "text_delta"),
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

    record ConsultationFinished(long atMs, ConsultationStatus status, Usage usage) implements ProgressEvent {}
}
