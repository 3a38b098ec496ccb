package dev.consultor.engine.advisor;

import dev.consultor.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;

/**
 * The advisors of a board and the order their reports depend on each other. A roster is validated when it is
 * built: ids are unique, every dependency exists, and there is no cycle.
 */
public final class Roster {
    private static final String DEFAULT_RESOURCE = "roster.json";

    private final Map<String, AdvisorSpec> advisors;
    private final List<AdvisorSpec> order;

    public Roster(List<AdvisorSpec> advisors) {
        var byId = new LinkedHashMap<String, AdvisorSpec>();
        for (AdvisorSpec spec : advisors) {
            if (byId.putIfAbsent(spec.id(), spec) != null) {
                throw new InvalidRoster("advisor '" + spec.id() + "' appears twice in the roster");
            }
        }
        if (byId.isEmpty()) throw new InvalidRoster("the roster has no advisors");
        for (AdvisorSpec spec : byId.values()) {
            for (String dependency : spec.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw new InvalidRoster(
                            "advisor '" + spec.id() + "' depends on '" + dependency + "', which is not in the roster");
                }
                if (dependency.equals(spec.id())) {
                    throw new InvalidRoster("advisor '" + spec.id() + "' depends on itself");
                }
            }
        }
        this.advisors = byId;
        this.order = topologicalOrder(byId);
    }

    /** The seed's board: analyst first; commercial and market after it; financial after both analyst and
     * commercial; the executive reviewer after everyone. */
    public static Roster defaults() {
        try (InputStream in = Roster.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the engine");
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Roster load(InputStream json) {
        List<AdvisorSpec> specs = Json.mapper().readValue(json, new TypeReference<List<AdvisorSpec>>() {});
        return new Roster(specs);
    }

    /** Advisors in an order where each comes after all its dependencies (roster order among equals). */
    public List<AdvisorSpec> inDependencyOrder() {
        return order;
    }

    public Optional<AdvisorSpec> find(String id) {
        return Optional.ofNullable(advisors.get(id));
    }

    public AdvisorSpec get(String id) {
        return find(id).orElseThrow(() -> new InvalidRoster("no advisor '" + id + "' in the roster"));
    }

    public Optional<AdvisorSpec> byBoardRole(BoardRole role) {
        return advisors.values().stream().filter(a -> a.boardRole() == role).findFirst();
    }

    public int size() {
        return advisors.size();
    }

    /** The longest chain of dependencies, counted in advisors: the floor for any schedule's duration. */
    public List<String> criticalPath() {
        var longest = new HashMap<String, List<String>>();
        for (AdvisorSpec spec : order) {
            List<String> best = List.of();
            for (String dependency : spec.dependsOn()) {
                if (longest.get(dependency).size() > best.size()) best = longest.get(dependency);
            }
            var path = new ArrayList<>(best);
            path.add(spec.id());
            longest.put(spec.id(), path);
        }
        return longest.values().stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElseThrow();
    }

    /**
     * The same advisors run stage by stage, as a layer-barrier scheduler would: each advisor also waits for every
     * advisor of all earlier layers. Kept as the baseline the dependency-driven schedule is measured against.
     */
    public Roster withLayerBarriers() {
        var layer = new HashMap<String, Integer>();
        for (AdvisorSpec spec : order) {
            layer.put(
                    spec.id(),
                    spec.dependsOn().stream().mapToInt(layer::get).max().orElse(-1) + 1);
        }
        var specs = new ArrayList<AdvisorSpec>();
        for (AdvisorSpec spec : order) {
            var dependsOn = new java.util.LinkedHashSet<>(spec.dependsOn());
            for (AdvisorSpec other : order) {
                if (layer.get(other.id()) < layer.get(spec.id())) dependsOn.add(other.id());
            }
            specs.add(new AdvisorSpec(
                    spec.id(),
                    spec.names(),
                    spec.personas(),
                    spec.responsibilities(),
                    spec.boardRole(),
                    List.copyOf(dependsOn),
                    spec.outputSchema(),
                    spec.promptTemplate(),
                    spec.sections()));
        }
        return new Roster(specs);
    }

    private static List<AdvisorSpec> topologicalOrder(Map<String, AdvisorSpec> byId) {
        var state = new HashMap<String, Integer>(); // 1 visiting, 2 done
        var result = new ArrayList<AdvisorSpec>();
        for (String id : byId.keySet()) visit(id, byId, state, new ArrayDeque<>(), result);
        return List.copyOf(result);
    }

    private static void visit(
            String id,
            Map<String, AdvisorSpec> byId,
            Map<String, Integer> state,
            Deque<String> path,
            List<AdvisorSpec> result) {
        Integer seen = state.get(id);
        if (seen != null && seen == 2) return;
        if (seen != null) {
            var cycle = new ArrayList<String>();
            var it = path.descendingIterator();
            boolean inCycle = false;
            while (it.hasNext()) {
                String step = it.next();
                if (step.equals(id)) inCycle = true;
                if (inCycle) cycle.add(step);
            }
            cycle.add(id);
            throw new InvalidRoster("the roster has a dependency cycle: " + String.join(" -> ", cycle));
        }
        state.put(id, 1);
        path.push(id);
        for (String dependency : byId.get(id).dependsOn()) visit(dependency, byId, state, path, result);
        path.pop();
        state.put(id, 2);
        result.add(byId.get(id));
    }
}
