package dev.consultor.bench.tokens;

import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.BriefText;
import dev.consultor.engine.advisor.PromptBuilder;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.model.TokenUsage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reconstruction of how the original system prompted its advisors: the same personas and instructions (less
 * our rule on lengths) and the same dependency graph, but each advisor answered in prose, at the length of
 * {@link SampleReports#original}, and every dependency's full prose report was
 * put into the prompt twice (once among "the other specialists' analyses" and again in "the full context");
 * nothing was cached. Only token counts are needed, so no server is involved.
 */
final class OriginalPrompting {
    private OriginalPrompting() {}

    /** The original set no length on its reports: our rule that does is not part of its prompt. */
    static String withoutLengthLimits(String system) {
        var kept = new StringBuilder();
        boolean dropped = false;
        for (String line : system.split("\n", -1)) {
            if (line.startsWith("- Seja telegráfico") || line.startsWith("- Be terse")) {
                dropped = true;
                continue;
            }
            kept.append(line).append('\n');
        }
        if (!dropped) throw new IllegalStateException("the advisors' prompt no longer has its length rule");
        return kept.substring(0, kept.length() - 1);
    }

    /** Tokens per advisor, in the roster's dependency order. */
    static Map<String, TokenUsage> run(Scenario scenario) {
        Roster roster = Roster.defaults();
        var prompts = new PromptBuilder(roster);
        Brief brief = scenario.brief();
        var prose = new HashMap<String, Long>();
        var usage = new LinkedHashMap<String, TokenUsage>();
        for (AdvisorSpec spec : roster.inDependencyOrder()) {
            String system = withoutLengthLimits(prompts.rules(brief) + "\n\n" + prompts.system(spec, brief));
            var user = new StringBuilder(BriefText.problem(brief));
            long dependencies = 0;
            if (!spec.dependsOn().isEmpty()) {
                // The headings of the two sections that each carried every dependency's full report.
                user.append("\n# Análises dos outros especialistas\n");
                user.append("\n# Contexto completo para a sua análise\n");
                for (String dependency : spec.dependsOn()) dependencies += 2 * prose.get(dependency);
            }
            user.append("\nEscreva o seu relatório completo em Markdown, com todas as seções.");
            String answer = ProseReport.of(spec.name(brief.language()), SampleReports.original(scenario, spec.id()));
            long output = Tokens.of(answer);
            prose.put(spec.id(), output);
            usage.put(
                    spec.id(),
                    new TokenUsage(Tokens.of(system) + Tokens.of(user.toString()) + dependencies, output, 0, 0));
        }
        return usage;
    }
}
