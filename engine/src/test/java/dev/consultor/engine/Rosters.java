package dev.consultor.engine;

import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Roster fixtures for tests. */
final class Rosters {
    private Rosters() {}

    /**
     * The same advisors with layer barriers: each advisor also waits for every advisor of all earlier layers,
     * which is how a stage-by-stage (barrier) schedule behaves.
     */
    static Roster layered(Roster roster) {
        Map<String, Integer> layer = new HashMap<>();
        for (AdvisorSpec spec : roster.inDependencyOrder()) {
            int l = spec.dependsOn().stream().mapToInt(layer::get).max().orElse(-1) + 1;
            layer.put(spec.id(), l);
        }
        var specs = new ArrayList<AdvisorSpec>();
        for (AdvisorSpec spec : roster.inDependencyOrder()) {
            var deps = new LinkedHashSet<>(spec.dependsOn());
            layer.forEach((id, l) -> {
                if (l < layer.get(spec.id())) deps.add(id);
            });
            specs.add(with(spec, List.copyOf(deps)));
        }
        return new Roster(specs);
    }

    static AdvisorSpec with(AdvisorSpec spec, List<String> dependsOn) {
        return new AdvisorSpec(
                spec.id(),
                spec.names(),
                spec.personas(),
                spec.responsibilities(),
                spec.boardRole(),
                dependsOn,
                spec.outputSchema(),
                spec.promptTemplate());
    }

    static AdvisorSpec advisor(String id, String... dependsOn) {
        return new AdvisorSpec(
                id,
                Map.of("pt-BR", id, "en", id),
                Map.of("pt-BR", "persona " + id, "en", "persona " + id),
                Map.of(),
                BoardRole.MEMBER,
                List.of(dependsOn),
                "agent-report",
                "analyst");
    }
}
