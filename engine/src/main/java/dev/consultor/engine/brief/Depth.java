package dev.consultor.engine.brief;

import java.util.Locale;

/**
 * How much work a consultation does: how many findings each advisor gives and how far the later stages (debate,
 * board meeting) go.
 */
public enum Depth {
    QUICK("quick", "Rápida", 2, 2, 2, 2),
    STANDARD("standard", "Padrão", 3, 3, 3, 3),
    DEEP("deep", "Profunda", 5, 5, 4, 4);

    private final String english;
    private final String portuguese;
    private final int hypotheses;
    private final int recommendations;
    private final int risks;
    private final int kpis;

    Depth(String english, String portuguese, int hypotheses, int recommendations, int risks, int kpis) {
        this.english = english;
        this.portuguese = portuguese;
        this.hypotheses = hypotheses;
        this.recommendations = recommendations;
        this.risks = risks;
        this.kpis = kpis;
    }

    public int hypotheses() {
        return hypotheses;
    }

    public int recommendations() {
        return recommendations;
    }

    public int risks() {
        return risks;
    }

    public int kpis() {
        return kpis;
    }

    public String label(Language language) {
        return language.isPortuguese() ? portuguese : english;
    }

    /** Accepts the English names and the original Portuguese ones, with or without accents. */
    public static Depth parse(String value) {
        String v = Accents.fold(value.strip());
        for (Depth depth : values()) {
            if (v.equals(depth.english)
                    || v.equals(Accents.fold(depth.portuguese))
                    || v.equals(depth.name().toLowerCase(Locale.ROOT))) {
                return depth;
            }
        }
        if (v.equals("rapido") || v.equals("fast")) return QUICK;
        if (v.equals("padrao") || v.equals("normal")) return STANDARD;
        if (v.equals("profundo")) return DEEP;
        throw new IllegalArgumentException(
                "unknown depth '" + value + "' (use quick, standard or deep; Rápida, Padrão or Profunda)");
    }
}
