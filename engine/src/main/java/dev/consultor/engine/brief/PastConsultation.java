package dev.consultor.engine.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A summary of one of the tenant's earlier consultations, so the board can say when a past decision bears on
 * this one.
 *
 * @param themes the situations the earlier consultation was about (e.g. "falling-sales", "churn")
 * @param failed whether that consultation failed; failed ones are never used as precedent
 */
public record PastConsultation(
        String id,
        LocalDate date,
        BusinessType businessType,
        List<String> themes,
        String problem,
        String decision,
        boolean failed) {

    public PastConsultation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(businessType, "businessType");
        themes = List.copyOf(themes);
        problem = problem == null ? "" : problem;
        decision = decision == null ? "" : decision;
    }
}
