package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import java.util.Objects;

/** What a member said at one phase of the meeting, for the minutes. */
public record Statement(Phase phase, String advisor, BoardRole role, String text) {
    public Statement {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }
}
