package dev.consultor.engine.deliberation.artifacts;

import dev.consultor.engine.advisor.BoardRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What to do in the next 30, 60 and 90 days. */
public record ActionPlan(String context, List<Action> actions) implements Artifact {

    public ActionPlan {
        Objects.requireNonNull(context, "context");
        actions = List.copyOf(actions);
    }

    @Override
    public String kind() {
        return "action_plan";
    }

    public List<Action> bucket(int days) {
        return actions.stream().filter(a -> a.bucket() == days).toList();
    }

    /**
     * @param bucket 30, 60 or 90
     * @param dependsOn the id of the action that must come first, or empty
     * @param kpi the KPI it moves, or empty
     */
    public record Action(
            String id,
            int bucket,
            String title,
            BoardRole owner,
            LocalDate due,
            String dependsOn,
            String expectedEffect,
            String kpi) {
        public Action {
            Objects.requireNonNull(id, "id");
            if (bucket != 30 && bucket != 60 && bucket != 90) throw new IllegalArgumentException("bucket 30/60/90");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(due, "due");
            dependsOn = dependsOn == null ? "" : dependsOn;
            Objects.requireNonNull(expectedEffect, "expectedEffect");
            kpi = kpi == null ? "" : kpi;
        }
    }
}
