package dev.consultor.engine.advisor;

import dev.consultor.engine.brief.Language;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The colleagues' recommendations an advisor backs as they are. It names them by id instead of writing them again,
 * so its answer costs a few tokens where a copy would cost a hundred; the engine puts the copy into its report,
 * after its own recommendations, saying whose it was. Only a recommendation from a report the advisor read can be
 * adopted; an id it did not read is passed over.
 */
public final class Adoptions {
    private Adoptions() {}

    /**
     * @param report the advisor's report, attributed
     * @param ids the ids it adopted, in its order
     * @param read the colleagues' reports it was given, by advisor id
     * @return the report with the adopted recommendations after its own, all renumbered
     */
    public static AgentReport expand(
            AgentReport report, List<String> ids, Map<String, AgentReport> read, Roster roster, Language language) {
        if (ids.isEmpty()) return report;
        var recommendations = new ArrayList<>(report.recommendations());
        var titles = new HashSet<String>();
        recommendations.forEach(r -> titles.add(key(r.title())));
        for (String id : ids) {
            find(read, id)
                    .filter(found -> titles.add(key(found.recommendation().title())))
                    .ifPresent(found -> recommendations.add(copy(found, roster, language)));
        }
        return report.withRecommendations(recommendations).attributedTo(report.advisor());
    }

    private record Found(String author, Recommendation recommendation) {}

    private static Optional<Found> find(Map<String, AgentReport> read, String id) {
        return read.entrySet().stream()
                .flatMap(e -> e.getValue().recommendations().stream()
                        .filter(r -> r.id().equalsIgnoreCase(id))
                        .map(r -> new Found(e.getKey(), r)))
                .findFirst();
    }

    private static Recommendation copy(Found found, Roster roster, Language language) {
        Recommendation r = found.recommendation();
        String name = roster.find(found.author()).map(a -> a.name(language)).orElse(found.author());
        var evidence = new ArrayList<String>();
        evidence.add(
                language.isPortuguese()
                        ? "Adotada de " + r.id() + " (" + name + ")."
                        : "Adopted from " + r.id() + " (" + name + ").");
        evidence.addAll(r.evidence());
        return new Recommendation(
                "",
                r.title(),
                r.rationale(),
                r.stances(),
                r.horizon(),
                r.cost(),
                r.impact(),
                r.owner(),
                r.confidence(),
                evidence,
                r.kpi());
    }

    private static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }
}
