package dev.consultor.engine.advisor;

import dev.consultor.engine.brief.Language;
import dev.consultor.engine.report.AgentReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One advisor of the roster, as data: who they are, what they answer for, whose reports they need first, the
 * schema of their answer and their prompt templates.
 *
 * @param names display name per language tag ("pt-BR", "en")
 * @param personas persona per language tag
 * @param responsibilities what this advisor answers for, per language tag
 * @param dependsOn ids of advisors whose reports this one reads
 * @param outputSchema resource name of the JSON schema of the answer, under {@code schemas/}
 * @param promptTemplate resource name of the instructions template, under {@code prompts/<language>/}
 * @param sections the parts of the report this advisor writes besides its summary (see {@link Section}); every
 *     part when absent. Each advisor answers for its own field, as a board's members do, so the same findings are
 *     not written (and paid for) five times over.
 */
public record AdvisorSpec(
        String id,
        Map<String, String> names,
        Map<String, String> personas,
        Map<String, List<String>> responsibilities,
        BoardRole boardRole,
        List<String> dependsOn,
        String outputSchema,
        String promptTemplate,
        List<Section> sections) {

    public AdvisorSpec {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw new InvalidRoster("advisor id '" + id + "' must be lower-case letters, digits, - or _");
        }
        names = Map.copyOf(names);
        personas = Map.copyOf(personas);
        responsibilities = Map.copyOf(responsibilities);
        Objects.requireNonNull(boardRole, "boardRole of " + id);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(outputSchema, "outputSchema of " + id);
        Objects.requireNonNull(promptTemplate, "promptTemplate of " + id);
        sections = sections == null || sections.isEmpty()
                ? List.of(Section.values())
                : List.copyOf(new java.util.LinkedHashSet<>(sections));
        for (Language language : Language.values()) {
            if (!names.containsKey(language.tag()) || !personas.containsKey(language.tag())) {
                throw new InvalidRoster("advisor '" + id + "' has no name or persona in " + language.tag());
            }
        }
    }

    public boolean writes(Section section) {
        return sections.contains(section);
    }

    /** Whether the roster gives this advisor every part of the report. */
    public boolean writesEverything() {
        return sections.size() == Section.values().length;
    }

    /**
     * The report as this advisor's: the parts the roster gives it, and nothing a model volunteered beyond them (the
     * board reads those parts from the advisors who answer for them).
     */
    public AgentReport own(AgentReport report) {
        if (writesEverything()) return report;
        return new AgentReport(
                report.advisor(),
                report.summary(),
                writes(Section.HYPOTHESES) ? report.hypotheses() : List.of(),
                writes(Section.RECOMMENDATIONS) ? report.recommendations() : List.of(),
                writes(Section.RISKS) ? report.risks() : List.of(),
                writes(Section.KPIS) ? report.kpis() : List.of(),
                writes(Section.ASSUMPTIONS) ? report.assumptions() : List.of(),
                writes(Section.BUDGET_CEILING) ? report.budgetCeiling() : null);
    }

    public String name(Language language) {
        return names.get(language.tag());
    }

    public String persona(Language language) {
        return personas.get(language.tag());
    }

    public List<String> responsibilities(Language language) {
        return responsibilities.getOrDefault(language.tag(), List.of());
    }
}
