package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Accents;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.PastConsultation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the earlier consultation that bears most on this one: failed ones never count; shared themes count most,
 * the same business type next, then the most recent.
 */
final class Precedent {
    private Precedent() {}

    static Optional<PastConsultation> of(Brief brief, List<Situation> situations) {
        Comparator<PastConsultation> relevance = Comparator.<PastConsultation>comparingInt(
                        p -> score(p, brief, situations))
                .thenComparing(PastConsultation::date)
                .thenComparing(PastConsultation::id, Comparator.reverseOrder());
        return brief.history().stream().filter(p -> !p.failed()).max(relevance);
    }

    static boolean related(PastConsultation past, List<Situation> situations) {
        for (String theme : past.themes()) {
            String folded = Accents.fold(theme).strip();
            for (Situation s : situations) {
                if (s.id().equals(folded) || s.themes().contains(folded)) return true;
            }
        }
        return false;
    }

    private static int score(PastConsultation past, Brief brief, List<Situation> situations) {
        int score = 0;
        for (String theme : past.themes()) {
            String folded = Accents.fold(theme).strip();
            for (int i = 0; i < situations.size(); i++) {
                Situation s = situations.get(i);
                if (s.id().equals(folded) || s.themes().contains(folded)) score += i == 0 ? 4 : 2;
            }
        }
        if (past.businessType() == brief.businessType()) score += 1;
        return score;
    }
}
