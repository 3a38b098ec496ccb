package dev.consultor.llm.fake;

import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Language;

/** Tells which advisor a request speaks for, from the persona it carries. */
public final class Board {
    private Board() {}

    public static String advisorOf(FakeProvider.Recorded request, Language language) {
        for (AdvisorSpec spec : Roster.defaults().inDependencyOrder()) {
            // Personas travel JSON-escaped; their first words contain nothing to escape.
            String opening = spec.persona(language).substring(0, 40);
            if (request.body().contains(opening)) return spec.id();
        }
        throw new IllegalStateException("no advisor's persona in the request");
    }
}
