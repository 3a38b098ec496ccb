package dev.consultor.engine.deliberation.debate;

import java.util.List;

/** The turns of one debate round, in the order of the conflict's advisors. */
public record Round(int number, List<Turn> turns) {
    public Round {
        if (number < 1) throw new IllegalArgumentException("rounds are numbered from 1");
        turns = List.copyOf(turns);
    }

    /** True when every advisor says exactly what it said in {@code previous}. */
    public boolean repeats(Round previous) {
        if (previous == null || previous.turns.size() != turns.size()) return false;
        for (int i = 0; i < turns.size(); i++) {
            if (!turns.get(i).repeats(previous.turns.get(i))) return false;
        }
        return true;
    }
}
