package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Language;
import java.util.Objects;

/** One piece of knowledge-base prose in both languages the product speaks. */
record Text(String pt, String en) {
    Text {
        Objects.requireNonNull(pt, "pt");
        Objects.requireNonNull(en, "en");
    }

    String in(Language language) {
        return language.isPortuguese() ? pt : en;
    }
}
