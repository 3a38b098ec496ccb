package dev.consultor.engine.deliberation.history;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.PastConsultation;
import dev.consultor.engine.deliberation.Format;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the tenant's earlier consultations for relevance to a brief: 0.25 for the same business type, 0.55 ×
 * the share of themes in common (Jaccard), 0.20 × recency (halving every 365 days). Failed consultations and
 * those dated after the brief are never used; one that shares neither business type nor a theme is not
 * relevant, whatever its age.
 */
public final class HistoryScorer {
    public static final int TOP = 3;

    private HistoryScorer() {}

    public static List<Precedent> score(Brief brief) {
        Set<String> themes = Themes.of(brief.problem());
        var scored = new ArrayList<Precedent>();
        for (PastConsultation past : brief.history()) {
            if (past.failed() || past.date().isAfter(brief.asOf())) continue;
            var pastThemes = new LinkedHashSet<String>();
            for (String t : past.themes()) pastThemes.add(Format.fold(t).replace(' ', '-'));
            if (pastThemes.isEmpty()) pastThemes.addAll(Themes.of(past.problem()));
            var shared = new LinkedHashSet<>(themes);
            shared.retainAll(pastThemes);
            var union = new LinkedHashSet<>(themes);
            union.addAll(pastThemes);
            boolean sameType = past.businessType() == brief.businessType();
            if (!sameType && shared.isEmpty()) continue;
            double jaccard = union.isEmpty() ? 0 : shared.size() / (double) union.size();
            long days = ChronoUnit.DAYS.between(past.date(), brief.asOf());
            double recency = Math.pow(0.5, days / 365.0);
            double score = (sameType ? 0.25 : 0) + 0.55 * jaccard + 0.20 * recency;
            scored.add(new Precedent(
                    past.id(),
                    past.date(),
                    Math.round(score * 1000) / 1000.0,
                    sameType,
                    List.copyOf(shared),
                    past.decision(),
                    !shared.isEmpty() && !past.decision().isBlank()));
        }
        scored.sort(Comparator.comparingDouble(Precedent::score).reversed().thenComparing(Precedent::id));
        return List.copyOf(scored.subList(0, Math.min(TOP, scored.size())));
    }

    /** The brief the advisors see: only the most relevant earlier consultations, best first. */
    public static Brief withRelevantHistory(Brief brief) {
        List<String> ids = score(brief).stream().map(Precedent::id).toList();
        var kept = new ArrayList<PastConsultation>();
        for (String id : ids) {
            brief.history().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(kept::add);
        }
        return brief.withHistory(kept);
    }
}
