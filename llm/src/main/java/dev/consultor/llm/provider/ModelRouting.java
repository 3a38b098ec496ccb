package dev.consultor.llm.provider;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which model answers each advisor: a per-role choice when configured, otherwise the chair's model for the
 * roles that chair or review the board, otherwise the default (a fast model suits the specialists).
 *
 * @param defaultModel the model of every role not named below
 * @param chairModel the model of the reviewer/chair, usually a stronger one
 * @param perRole explicit choices by roster id, e.g. {"financial": "claude-sonnet-4-5"}
 */
public record ModelRouting(String defaultModel, String chairModel, Map<String, String> perRole) {
    private static final Set<String> CHAIRS = Set.of("reviewer", "chair");

    public ModelRouting {
        Objects.requireNonNull(defaultModel, "defaultModel");
        if (defaultModel.isBlank()) throw new IllegalArgumentException("defaultModel is blank");
        if (chairModel == null || chairModel.isBlank()) chairModel = defaultModel;
        perRole = Map.copyOf(perRole);
    }

    /** Every role on one model. */
    public static ModelRouting single(String model) {
        return new ModelRouting(model, model, Map.of());
    }

    /**
     * The price-table key of the model that answered: providers report dated snapshots ("claude-haiku-4-5-20251001",
     * "gpt-4o-2024-08-06") of the alias that was asked for, and the table is kept by alias.
     */
    public static String canonical(String answered, String requested) {
        if (answered == null || answered.isBlank()) return requested;
        return answered.replaceFirst("-(\\d{8}|\\d{4}-\\d{2}-\\d{2})$", "");
    }

    public String modelFor(String role) {
        String chosen = perRole.get(role);
        if (chosen != null) return chosen;
        return CHAIRS.contains(role) ? chairModel : defaultModel;
    }

    /**
     * Whether another seat answers on this role's model, so that a prompt prefix the role shares with the board
     * (the brief, the rules, the tool) can be read from that model's cache by another advisor's call. The roles
     * left to the default model are taken to be several, as the specialists are.
     */
    public boolean sharesModel(String role) {
        String model = modelFor(role);
        if (model.equals(defaultModel)) return true;
        boolean chairOnItsModel = CHAIRS.stream().noneMatch(perRole::containsKey);
        if (!CHAIRS.contains(role) && chairOnItsModel && model.equals(chairModel)) return true;
        return perRole.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(role) && e.getValue().equals(model));
    }

    /**
     * Whether one of {@code readers}, the other advisors whose prompts begin like this role's, answers on this role's
     * model, so that the prefix they share can be read from that model's cache; with no readers named, whether any
     * other seat does ({@link #sharesModel}).
     */
    public boolean sharesModelWith(String role, Set<String> readers) {
        if (readers.isEmpty()) return sharesModel(role);
        String model = modelFor(role);
        return readers.stream().anyMatch(r -> !r.equals(role) && modelFor(r).equals(model));
    }
}
