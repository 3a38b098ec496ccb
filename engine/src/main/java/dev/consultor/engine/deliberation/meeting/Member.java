package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import java.util.Objects;

/** A seat at the meeting; absent when the advisor's report is unavailable. */
public record Member(String advisor, BoardRole role, String name, boolean present) {
    public Member {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
    }
}
