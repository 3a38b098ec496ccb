package dev.consultor.engine.playbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Recognises the situations a problem describes, strongest first, by the weight of the signals it matches. */
final class Recognition {
    /** A situation besides the strongest one must match at least one strong signal to be taken up. */
    static final int SECONDARY_MIN_SCORE = 3;

    static final int MAX_SITUATIONS = 3;

    private Recognition() {}

    record Scored(Situation situation, int score) {}

    /** All situations with any signal in the text, strongest first; ties keep the knowledge base's order. */
    static List<Scored> score(String foldedProblem, KnowledgeBase kb) {
        var scored = new ArrayList<Scored>();
        for (Situation situation : kb.situations()) {
            int score = 0;
            for (Situation.Signal signal : situation.signals()) {
                if (signal.compiled().matcher(foldedProblem).find()) score += signal.weight();
            }
            if (score > 0) scored.add(new Scored(situation, score));
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed());
        return scored;
    }

    /** The situations an analysis is built from, primary first and the general playbook always last. */
    static List<Situation> rank(String foldedProblem, KnowledgeBase kb) {
        var ranked = new ArrayList<Situation>();
        for (Scored s : score(foldedProblem, kb)) {
            if (ranked.size() == MAX_SITUATIONS) break;
            if (ranked.isEmpty() || s.score() >= SECONDARY_MIN_SCORE) ranked.add(s.situation());
        }
        ranked.add(kb.general());
        return List.copyOf(ranked);
    }
}
