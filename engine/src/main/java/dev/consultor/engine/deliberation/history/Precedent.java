package dev.consultor.engine.deliberation.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An earlier consultation of the tenant judged relevant to this one.
 *
 * @param score relevance in 0..1 (business type, shared themes, recency)
 * @param sharedThemes the situations both consultations are about
 * @param bearsOnDecision true when the earlier one reached a decision on a shared theme, so it bears on this one
 */
public record Precedent(
        String id,
        LocalDate date,
        double score,
        boolean sameBusinessType,
        List<String> sharedThemes,
        String decision,
        boolean bearsOnDecision) {

    public Precedent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        sharedThemes = List.copyOf(sharedThemes);
        decision = decision == null ? "" : decision;
    }
}
