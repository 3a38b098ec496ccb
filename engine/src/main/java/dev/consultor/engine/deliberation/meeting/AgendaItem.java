package dev.consultor.engine.deliberation.meeting;

import java.util.Objects;

/** @param conflictId the conflict a discussion item is about, else empty */
public record AgendaItem(int order, Phase phase, String title, String conflictId) {
    public AgendaItem {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(title, "title");
        conflictId = conflictId == null ? "" : conflictId;
    }
}
