package dev.consultor.engine.advisor;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.ResponseSchema;
import java.util.ArrayList;
import java.util.Map;

/**
 * Renders an advisor's request: the system text from the roster's persona and templates, then the shared,
 * cacheable brief, data and history, then the compact reports of the advisor's dependencies (or an explicit
 * note that one is unavailable).
 */
public final class PromptBuilder {
    public static final String STAGE = "analysis";

    private final Roster roster;

    public PromptBuilder(Roster roster) {
        this.roster = roster;
    }

    public ModelRequest advisorRequest(AdvisorSpec advisor, AdvisorIntent intent, int maxTokens) {
        Brief brief = intent.brief();
        var blocks = new ArrayList<ContextBlock>();
        blocks.add(new ContextBlock("brief", BriefText.problem(brief), true));
        String data = BriefText.data(brief);
        if (!data.isEmpty()) blocks.add(new ContextBlock("data", data, true));
        String history = BriefText.history(brief);
        if (!history.isEmpty()) blocks.add(new ContextBlock("history", history, true));
        for (String dependency : advisor.dependsOn()) {
            var report = intent.dependencies().get(dependency);
            String name = roster.get(dependency).name(brief.language());
            if (report != null) {
                blocks.add(new ContextBlock("dependency:" + dependency, ReportDigest.of(name, report), false));
            } else {
                String reason = intent.unavailable().getOrDefault(dependency, "?");
                blocks.add(new ContextBlock(
                        "unavailable:" + dependency, unavailableNote(brief.language(), name, reason), false));
            }
        }
        ResponseSchema schema = schema(advisor);
        return new ModelRequest(
                advisor.id(),
                STAGE,
                system(advisor, brief),
                blocks,
                schema,
                outputCap(schema, brief, maxTokens),
                intent);
    }

    /**
     * The answer's output cap: the engine's limit, lowered to the longest answer the schema allows at the brief's
     * depth when the schema bounds every field.
     */
    static int outputCap(ResponseSchema schema, Brief brief, int maxTokens) {
        return Math.min(
                maxTokens, AnswerBudget.tokens(schema.json(), brief.depth()).orElse(maxTokens));
    }

    public String system(AdvisorSpec advisor, Brief brief) {
        Language language = brief.language();
        String dir = "prompts/" + language.tag() + "/";
        String focus = Resources.text(dir + advisor.promptTemplate() + ".md").strip();
        return Resources.template(dir + "_frame.md")
                .fill(Map.of(
                        "persona", advisor.persona(language),
                        "business_type", brief.businessType().label(language),
                        "responsibilities", String.join("; ", advisor.responsibilities(language)),
                        "focus", focus,
                        "hypotheses", String.valueOf(brief.depth().hypotheses()),
                        "recommendations", String.valueOf(brief.depth().recommendations()),
                        "risks", String.valueOf(brief.depth().risks()),
                        "kpis", String.valueOf(brief.depth().kpis()),
                        "currency", brief.currency(),
                        "as_of", brief.asOf().toString()));
    }

    public static ResponseSchema schema(AdvisorSpec advisor) {
        return new ResponseSchema("agent_report", Resources.text("schemas/" + advisor.outputSchema() + ".json"));
    }

    static String unavailableNote(Language language, String advisorName, String reason) {
        return language.isPortuguese()
                ? "## " + advisorName + "\nRELATÓRIO INDISPONÍVEL: " + reason
                        + ". Não presuma o que ele diria; declare a lacuna e reduza a confiança onde ela pesar.\n"
                : "## " + advisorName + "\nREPORT UNAVAILABLE: " + reason
                        + ". Do not guess what it would say; state the gap and lower your confidence where it matters.\n";
    }
}
