package dev.consultor.engine.deliberation.meeting;

import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.report.Stance;
import java.util.List;
import java.util.Objects;

/**
 * A motion put to the board: a conflict's resolution or a recommendation worth deciding on.
 *
 * @param id "P1", "P2", ...
 * @param proposedBy the advisor whose recommendation or position it carries, or the chair for compromises
 * @param conflictId the conflict it settles, else empty
 * @param basis the recommendation it carries forward, else empty
 * @param dueDays days after the consultation date by which it should be done
 * @param kpi the KPI it moves, else empty
 */
public record Proposal(
        String id,
        String title,
        String description,
        String proposedBy,
        String conflictId,
        String basis,
        List<Stance> stances,
        Double costAmount,
        BoardRole owner,
        int dueDays,
        String successMetric,
        String kpi) {

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        proposedBy = proposedBy == null ? "" : proposedBy;
        conflictId = conflictId == null ? "" : conflictId;
        basis = basis == null ? "" : basis;
        stances = List.copyOf(stances);
        Objects.requireNonNull(owner, "owner");
        if (dueDays < 1) throw new IllegalArgumentException("dueDays must be positive");
        Objects.requireNonNull(successMetric, "successMetric");
        kpi = kpi == null ? "" : kpi;
    }
}
