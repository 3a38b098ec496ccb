package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import java.time.LocalDate;
import java.util.Objects;

/** A task the minutes assign: who does it, by when, for which decision. */
public record ActionItem(String title, BoardRole owner, LocalDate due, String decisionId) {
    public ActionItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
