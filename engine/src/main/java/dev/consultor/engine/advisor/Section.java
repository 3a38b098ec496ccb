package dev.consultor.engine.advisor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A part of an advisor's report that a roster may give to some advisors and not to others. */
public enum Section {
    HYPOTHESES("hypotheses"),
    RECOMMENDATIONS("recommendations"),
    RISKS("risks"),
    KPIS("kpis"),
    ASSUMPTIONS("assumptions"),
    BUDGET_CEILING("budget_ceiling");

    private final String field;

    Section(String field) {
        this.field = field;
    }

    /** The property of the report's schema that holds this part. */
    @JsonValue
    public String field() {
        return field;
    }

    @JsonCreator
    public static Section of(String field) {
        String wanted = field.strip().toLowerCase(Locale.ROOT);
        for (Section section : values()) {
            if (section.field.equals(wanted)) return section;
        }
        throw new InvalidRoster("unknown report section '" + field + "' (use hypotheses, recommendations, risks, kpis,"
                + " assumptions or budget_ceiling)");
    }
}
