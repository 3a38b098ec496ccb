package dev.consultor.bench.tokens;

import dev.consultor.engine.model.TokenUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The original as it actually ran, from figures read off its public repository at the commit whose architecture
 * document is this project's seed ({@link #SOURCE}): every agent on Claude 3 Haiku, {@code max_tokens} 1,024 for the
 * four specialists and 2,048 for the reviewer; a system prompt per agent; a user message with the problem once and
 * each dependency's whole answer twice (the agent's own message quotes it and the base class appends it again). The
 * repository keeps one report the system produced, for the second scenario (the European expansion): its answers'
 * lengths are the output here, for all three scenarios, since the others were not recorded. The market answer in it
 * stops mid-sentence at its 1,024-token cap.
 */
final class RecordedOriginal {
    static final String SOURCE = "LeonardoRFragoso/AgentesIA-Consultoria-de-Negocios-com-IA-Multi-Agentes @ d1c9610";
    static final String MODEL = "claude-3-haiku-20240307";

    /** Characters of each agent's system prompt file. */
    private static final Map<String, Integer> SYSTEM =
            Map.of("analyst", 1385, "commercial", 925, "market", 1118, "financial", 1000, "reviewer", 1129);

    /** Characters of each agent's answer in the recorded report. */
    private static final Map<String, Integer> ANSWER =
            Map.of("analyst", 2327, "commercial", 2972, "market", 3549, "financial", 3315, "reviewer", 4389);

    private static final Map<String, List<String>> DEPENDS_ON = Map.of(
            "analyst", List.of(),
            "commercial", List.of("analyst"),
            "market", List.of("analyst"),
            "financial", List.of("analyst", "commercial"),
            "reviewer", List.of("analyst", "commercial", "financial", "market"));

    /**
     * The user message's own wording around the problem and the quoted answers (an instruction line, a lead-in per
     * quoted answer and a heading per appended one), in characters; an allowance, not a count.
     */
    private static final int WORDING = 150;

    private static final int PER_DEPENDENCY = 60;

    private RecordedOriginal() {}

    static Map<String, TokenUsage> run(Scenario scenario) {
        var usage = new LinkedHashMap<String, TokenUsage>();
        for (String agent : List.of("analyst", "commercial", "market", "financial", "reviewer")) {
            long input = SYSTEM.get(agent) + WORDING + scenario.problem().length();
            for (String dependency : DEPENDS_ON.get(agent)) input += PER_DEPENDENCY + 2L * ANSWER.get(dependency);
            usage.put(agent, new TokenUsage(Tokens.ofChars(input), Tokens.ofChars(ANSWER.get(agent)), 0, 0));
        }
        return usage;
    }
}
