package dev.consultor.engine.advisor;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.ResponseSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders an advisor's request: the system text from the roster's persona and templates, then the shared,
 * cacheable brief, data, history and board-wide rules of the answer, then the compact reports of the advisor's
 * dependencies (or an explicit note that one is unavailable). The leading reports that other advisors also read
 * first, in the same order, are cacheable too: the commercial and market specialists both start from the analyst's
 * report, so a provider that caches prefixes serves it to the second from the first.
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
        Set<String> board = readersOfPrefix(advisor, 0);
        blocks.add(new ContextBlock("brief", BriefText.problem(brief), true, board));
        String data = BriefText.data(brief);
        if (!data.isEmpty()) blocks.add(new ContextBlock("data", data, true, board));
        String history = BriefText.history(brief);
        if (!history.isEmpty()) blocks.add(new ContextBlock("history", history, true, board));
        blocks.add(new ContextBlock("rules", rules(brief), true, board));
        boolean shared = true;
        for (int i = 0; i < advisor.dependsOn().size(); i++) {
            String dependency = advisor.dependsOn().get(i);
            var report = intent.dependencies().get(dependency);
            String name = roster.get(dependency).name(brief.language());
            if (report != null) {
                Set<String> readers = shared ? readersOfPrefix(advisor, i + 1) : Set.of();
                shared = !readers.isEmpty();
                blocks.add(
                        new ContextBlock("dependency:" + dependency, ReportDigest.of(name, report), shared, readers));
            } else {
                shared = false;
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
                intent.withParts(advisor.sections().stream().map(Section::field).toList()));
    }

    /**
     * The other advisors whose requests begin with the same blocks as this advisor's through its first {@code
     * dependencies} colleagues' reports: every advisor shares the brief and the rules, and those who read the same
     * colleagues first also share their reports, which are the same for the whole consultation. Through them, such a
     * prefix is one a provider's cache can serve to several advisors; the reports that follow it are this advisor's
     * alone.
     */
    private Set<String> readersOfPrefix(AdvisorSpec advisor, int dependencies) {
        List<String> prefix = advisor.dependsOn().subList(0, dependencies);
        var readers = new LinkedHashSet<String>();
        for (AdvisorSpec other : roster.inDependencyOrder()) {
            if (other.id().equals(advisor.id())) continue;
            List<String> reads = other.dependsOn();
            if (reads.size() >= dependencies && reads.subList(0, dependencies).equals(prefix)) readers.add(other.id());
        }
        return readers;
    }

    /**
     * The answer's output cap: the engine's limit, lowered to the longest answer the schema allows at the brief's
     * depth when the schema bounds every field.
     */
    static int outputCap(ResponseSchema schema, Brief brief, int maxTokens) {
        return Math.min(
                maxTokens, AnswerBudget.tokens(schema.json(), brief.depth()).orElse(maxTokens));
    }

    /**
     * The rules of the answer every advisor of the consultation follows (language, figures, lengths, stances,
     * currency, format). They are the same for the whole board, so they travel with the brief in the shared,
     * cacheable prefix rather than in each advisor's own instructions.
     */
    public String rules(Brief brief) {
        return Resources.template("prompts/" + brief.language().tag() + "/_rules.md")
                .fill(Map.of("currency", brief.currency(), "as_of", brief.asOf().toString()));
    }

    /** The advisor's own instructions: its persona, its seat, its focus and the parts of the report it writes. */
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
                        "parts", parts(advisor, brief)));
    }

    /**
     * The answer schema, the same whole report for every advisor who shares the roster's schema: the answer tool
     * leads the prompt, so an identical one keeps the brief behind it a prefix the advisors share in the provider's
     * cache. Each advisor fills only its own parts (see {@link #parts}) and leaves the others empty.
     */
    public static ResponseSchema schema(AdvisorSpec advisor) {
        return new ResponseSchema("agent_report", Resources.text("schemas/" + advisor.outputSchema() + ".json"));
    }

    /**
     * What the advisor is asked to give, at the brief's depth: "exactly 3 hypotheses, 3 KPIs and assumptions". An
     * advisor who reads colleagues' reports names the KPIs they defined instead of defining them again, unless it
     * proposes another target or deadline (a disagreement the board settles): the scorecard keeps the first
     * definition of a KPI, so an identical second one would be paid for and dropped. Likewise it adopts a
     * colleague's recommendation by id rather than copying it out ({@link Adoptions}).
     */
    static String parts(AdvisorSpec advisor, Brief brief) {
        boolean pt = brief.language().isPortuguese();
        var parts = new ArrayList<String>();
        var depth = brief.depth();
        boolean reusesKpis =
                advisor.writes(Section.KPIS) && !advisor.dependsOn().isEmpty();
        if (advisor.writes(Section.HYPOTHESES)) parts.add(depth.hypotheses() + (pt ? " hipóteses" : " hypotheses"));
        if (advisor.writes(Section.RECOMMENDATIONS))
            parts.add(depth.recommendations() + (pt ? " recomendações" : " recommendations"));
        if (advisor.writes(Section.RISKS)) parts.add(depth.risks() + (pt ? " riscos" : " risks"));
        if (advisor.writes(Section.KPIS) && !reusesKpis) parts.add(depth.kpis() + " KPIs");
        var also = new ArrayList<String>();
        if (advisor.writes(Section.ASSUMPTIONS)) also.add(pt ? "as premissas" : "your assumptions");
        if (advisor.writes(Section.BUDGET_CEILING)) also.add(pt ? "o teto de orçamento" : "the budget ceiling");
        String upToKpis = (pt ? "até " : "up to ") + depth.kpis() + " KPIs";
        String asked;
        if (parts.isEmpty()) {
            var given = new ArrayList<String>();
            if (reusesKpis) given.add(upToKpis);
            given.addAll(also);
            asked = (pt ? "Dê " : "Give ") + join(given, pt);
        } else {
            asked = (pt ? "Dê exatamente " : "Give exactly ") + join(parts, pt);
            if (reusesKpis) asked += ", " + upToKpis;
            if (!also.isEmpty()) asked += (pt ? ", e também " : ", plus ") + join(also, pt);
        }
        if (!advisor.writesEverything()) {
            asked += pt
                    ? ". Deixe vazias as outras partes do relatório: são dos outros conselheiros"
                    : ". Leave the other parts of the report empty: they are the other advisors'";
        }
        if (advisor.writes(Section.RECOMMENDATIONS) && !advisor.dependsOn().isEmpty()) {
            asked += pt
                    ? ". Uma recomendação de colega que você apoia como está: ponha o id dela em adopted, sem"
                            + " reescrevê-la; ela conta entre as suas"
                    : ". A colleague's recommendation you back as it is: put its id in adopted, without writing it"
                            + " again; it counts as one of yours";
        }
        if (reusesKpis) {
            asked += pt
                    ? ". Um KPI que um colega já definiu, cite-o pelo nome no kpi da recomendação; defina-o de novo"
                            + " só para propor outra meta ou outro prazo"
                    : ". A KPI a colleague already defined: name it in the recommendation's kpi; define it again only"
                            + " to propose another target or deadline";
        }
        return asked + ".";
    }

    private static String join(List<String> items, boolean pt) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + (pt ? " e " : " and ") + items.getLast();
    }

    static String unavailableNote(Language language, String advisorName, String reason) {
        return language.isPortuguese()
                ? "## " + advisorName + "\nRELATÓRIO INDISPONÍVEL: " + reason
                        + ". Não presuma o que ele diria; declare a lacuna e reduza a confiança onde ela pesar.\n"
                : "## " + advisorName + "\nREPORT UNAVAILABLE: " + reason
                        + ". Do not guess what it would say; state the gap and lower your confidence where it matters.\n";
    }
}
