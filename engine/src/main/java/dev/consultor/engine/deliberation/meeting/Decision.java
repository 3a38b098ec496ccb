package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the board decided to do, with who answers for it, by when and how success is measured.
 *
 * @param id "D1", "D2", ...
 * @param proposalId the proposal it came from
 * @param adoptedBy "vote" when the meeting approved it, "chair" when the chair adopted it without a meeting
 */
public record Decision(
        String id,
        String title,
        String proposalId,
        BoardRole owner,
        LocalDate due,
        String successMetric,
        String kpi,
        String basis,
        String conflictId,
        String adoptedBy) {

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(successMetric, "successMetric");
        kpi = kpi == null ? "" : kpi;
        basis = basis == null ? "" : basis;
        conflictId = conflictId == null ? "" : conflictId;
        Objects.requireNonNull(adoptedBy, "adoptedBy");
    }
}
