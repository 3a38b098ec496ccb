package dev.consultor.engine.playbook;

import dev.consultor.engine.advisor.Section;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Kpi;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes the report of an advisor other than the chair from the situations recognised in the brief, in that
 * advisor's voice. The financial analyst also sets the budget ceiling, below what the commercial strategist asks
 * for.
 */
final class AdvisorWriter {
    private final Reading reading;
    private final String role;
    private final Board board;
    private final Items items;
    private final RolePools pools;
    private final Double ceiling;
    private final AdvisorIntent intent;

    AdvisorWriter(Reading reading, AdvisorIntent intent) {
        this.reading = reading;
        this.intent = intent;
        this.role = roleOf(intent.advisor(), reading.kb());
        this.board = Board.of(intent);
        this.ceiling = role.equals("financial") ? ceiling() : null;
        var vars = new TreeMap<>(reading.vars());
        vars.putAll(board.vars(reading));
        if (ceiling != null) {
            vars.put("ceiling", reading.money(ceiling));
            double spend = board.commercialSpend();
            if (spend > 0) {
                vars.put("ceiling_share", Numbers.percent(Math.round(ceiling / spend * 100), reading.language()));
            }
        }
        this.items = new Items(reading, vars);
        this.pools = new RolePools(reading, role, items);
    }

    /** Advisors a tenant added to the roster speak with the analyst's playbook until the knowledge base has theirs. */
    static String roleOf(String advisor, KnowledgeBase kb) {
        return kb.general().roles().containsKey(advisor) ? advisor : "analyst";
    }

    AgentReport write() {
        var depth = reading.brief().depth();
        // Only the parts the roster gives this advisor are composed; the others are left to their advisors.
        return new AgentReport(
                "",
                summary(),
                Items.part(
                        intent,
                        Section.HYPOTHESES,
                        () -> Items.exactly(
                                pools.hypotheses(depth.hypotheses()), depth.hypotheses(), "hypotheses", role, reading)),
                Items.part(
                        intent,
                        Section.RECOMMENDATIONS,
                        () -> Items.exactly(
                                pools.recommendations(depth.recommendations()),
                                depth.recommendations(),
                                "recommendations",
                                role,
                                reading)),
                Items.part(
                        intent,
                        Section.RISKS,
                        () -> Items.exactly(pools.risks(depth.risks()), depth.risks(), "risks", role, reading)),
                Items.part(intent, Section.KPIS, () -> kpis(depth.kpis())),
                Items.part(intent, Section.ASSUMPTIONS, this::assumptions),
                intent.writes(Section.BUDGET_CEILING.field()) ? ceiling : null);
    }

    /**
     * The advisor's KPIs: as many as the depth asks for when it reads no colleague; otherwise up to that many of
     * those its colleagues have not defined, as the prompt asks a model (it names theirs in its recommendations).
     */
    private List<Kpi> kpis(int n) {
        if (board.reports().isEmpty() && board.unavailable().isEmpty()) {
            return Items.exactly(pools.kpis(n), n, "KPIs", role, reading);
        }
        return Items.undefined(pools.kpis(RolePools.ALL), board.reports().values(), n);
    }

    private String summary() {
        var sentences = new ArrayList<String>();
        items.text(reading.primary().role(role).summary())
                .or(() -> items.text(reading.kb().general().role(role).summary()))
                .ifPresent(sentences::add);
        if (role.equals("analyst")) {
            items.text(reading.kb().phrase("summary.data")).ifPresent(sentences::add);
            items.text(reading.kb().phrase("summary.secondary")).ifPresent(sentences::add);
        }
        if (role.equals("financial")) {
            items.text(reading.kb().phrase("financial.ceiling")).ifPresent(sentences::add);
        }
        for (String missing : board.missing())
            sentences.add(unavailable(reading, items, board, "summary.unavailable", missing));
        return String.join(" ", sentences);
    }

    private List<String> assumptions() {
        var assumptions = new ArrayList<>(pools.assumptions());
        for (String missing : board.missing()) {
            assumptions.add(unavailable(reading, items, board, "assumption.unavailable", missing));
        }
        return assumptions.stream().distinct().toList();
    }

    /** A sentence saying that an advisor's report is missing, and why, in the brief's language. */
    static String unavailable(Reading reading, Items items, Board board, String phrase, String advisor) {
        var vars = new TreeMap<>(items.vars());
        vars.put("advisor_name", advisorName(reading, advisor));
        vars.put("reason", board.unavailable().get(advisor));
        return Template.fill(reading.kb().phrase(phrase), reading.language(), vars)
                .orElseThrow(() -> new IllegalStateException("phrase " + phrase + " cannot be filled"));
    }

    static String advisorName(Reading reading, String advisor) {
        List<Text> name = reading.kb().phrases().get("names." + advisor);
        return name == null ? advisor : name.get(0).in(reading.language());
    }

    /**
     * What the company can commit now: a share of the commercial plan's spend (the situation decides how much),
     * rounded down so it stays below that spend; without the plan, a share of a month of revenue.
     */
    private Double ceiling() {
        double share = reading.primary().ceilingShare();
        double spend = board.commercialSpend();
        if (spend > 0) {
            double capped = Numbers.floor2(spend * share);
            return capped < spend ? capped : Numbers.floor2(spend * 0.5);
        }
        return Numbers.floor2(reading.monthlyRevenue() * 0.5 * share);
    }
}
