package dev.consultor.bench.tokens;

import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.Section;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Cost;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Horizon;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What each advisor answers in the benchmark: a report of the standard depth (three hypotheses,
 * recommendations, risks and KPIs) on the same facts for both sides.
 *
 * <ul>
 *   <li>{@link #original}: the original's report, whose prompt set no length, with sentences of the length a model
 *       writes when unconstrained; rendered as prose ({@link ProseReport}) for the original's side;
 *   <li>{@link #of}: our answer to the same facts, written to the limits our prompt and schema set (words per
 *       field, items per list), at those limits rather than under them; {@link #check} holds it to them.
 * </ul>
 */
final class SampleReports {
    private static final Map<String, String> ANGLE = Map.of(
            "analyst", "o diagnóstico dos dados",
            "commercial", "o funil e os canais de venda",
            "market", "a concorrência e o posicionamento",
            "financial", "o caixa e o retorno de cada iniciativa",
            "reviewer", "a decisão do conselho e a ordem de execução");
    /**
     * The one KPI of its own each advisor after the analyst tracks (its third); its first two are the analyst's,
     * with the same targets: a board that agrees on them.
     */
    private static final Map<String, String> OWN_KPI = Map.of(
            "commercial", "conversão do funil de vendas",
            "market", "participação no segmento-alvo",
            "financial", "retorno por real investido",
            "reviewer", "ações do plano entregues no prazo");

    /**
     * The colleagues' recommendations an advisor backs as they are, by id, in place of its first ones: the chair
     * backs the analyst's first two (the same actions, which it would otherwise write out again) and writes its
     * third. The original's chair restates all three.
     */
    private static final Map<String, List<String>> ADOPTED = Map.of("reviewer", List.of("analyst-1", "analyst-2"));

    private static final Map<String, String> OWNER =
            Map.of("analyst", "Analyst", "commercial", "CRO", "market", "CMO", "financial", "CFO", "reviewer", "CEO");

    private SampleReports() {}

    static AgentReport original(Scenario scenario, String advisor) {
        return report(scenario, advisor, false);
    }

    static AgentReport of(Scenario scenario, String advisor) {
        return report(scenario, advisor, true);
    }

    private static AgentReport report(Scenario scenario, String advisor, boolean terse) {
        String angle = ANGLE.getOrDefault(advisor, "a análise");
        String owner = OWNER.getOrDefault(advisor, "CEO");
        List<String> t = scenario.topics();
        var hypotheses = new ArrayList<Hypothesis>();
        var recommendations = new ArrayList<Recommendation>();
        var risks = new ArrayList<Risk>();
        var kpis = new ArrayList<Kpi>();
        for (int i = 0; i < 3; i++) {
            String topic = t.get(i % t.size());
            String next = t.get((i + 1) % t.size());
            // Ours names the KPI by what it measures, within the prompt's eight words.
            String measured = i == 2 ? OWN_KPI.getOrDefault(advisor, topic) : topic;
            String kpiName = terse ? measured : "Indicador de " + measured;
            hypotheses.add(new Hypothesis(
                    terse
                            ? "A piora em " + topic + " explica mais o problema que " + next + "."
                            : "A piora em " + topic + " explica parte relevante do problema, mais do que " + next
                                    + ", pelo que se vê em " + angle + ".",
                    // As a model writes it: two decimals.
                    Math.round(70 - i * 15) / 100.0,
                    terse
                            ? List.of(
                                    "Os números recentes apontam para " + topic + ".",
                                    "Nada descarta " + next + "; medir antes.")
                            : List.of(
                                    "Os números do problema apontam para " + topic + " nos últimos meses.",
                                    "Não há dado que descarte " + next + "; é preciso medir antes de concluir.")));
            recommendations.add(new Recommendation(
                    null,
                    "Atacar " + topic + " com um plano de " + (30 * (i + 1)) + " dias",
                    terse
                            ? "Agir sobre " + topic + " rende mais por real investido e se mede toda semana."
                            : "Do ponto de vista de " + angle + ", agir sobre " + topic + " tem o maior impacto por"
                                    + " real investido e pode ser medido semanalmente, o que reduz o risco de errar a"
                                    + " causa.",
                    i == 0 ? List.of(Stance.INVEST, Stance.MOVE_FAST) : List.of(Stance.PHASE_IN, Stance.EFFICIENCY),
                    i == 0 ? Horizon.IMMEDIATE : i == 1 ? Horizon.SHORT_TERM : Horizon.MEDIUM_TERM,
                    new Cost(i == 2 ? Level.HIGH : Level.MEDIUM, 20_000d * (i + 1)),
                    i == 0 ? Level.HIGH : Level.MEDIUM,
                    owner,
                    Math.round(75 - i * 10) / 100.0,
                    List.of(
                            terse
                                    ? "Concorrentes citados no problema, em " + topic + "."
                                    : "Comparação com os concorrentes citados no problema em " + topic + "."),
                    kpiName));
            risks.add(new Risk(
                    terse
                            ? "Sem avanço em " + topic + " até 60 dias, perdemos mercado."
                            : "Se " + topic + " não reagir em 60 dias, a empresa perde tempo e margem enquanto os"
                                    + " concorrentes avançam.",
                    3 - i % 2,
                    4 - i,
                    terse
                            ? "Revisão quinzenal; cortar o que não render."
                            : "Rever " + topic + " a cada duas semanas e interromper o que não mostrar resultado.",
                    owner));
            kpis.add(new Kpi(
                    kpiName,
                    "%",
                    10.0 + i * 5,
                    15.0 + i * 5,
                    30 * (i + 2),
                    i == 2 ? Direction.DECREASE : Direction.INCREASE));
        }
        return new AgentReport(
                advisor,
                terse
                        ? "Para " + angle + ", a causa é sobretudo " + t.get(0) + ", depois " + t.get(1)
                                + ". Medir antes de grandes apostas, agir primeiro onde o retorno é mais rápido e"
                                + " acompanhar os indicadores toda semana."
                        : "Para " + angle + ", o problema vem sobretudo de " + t.get(0) + " e de " + t.get(1)
                                + ". Recomendo medir antes de grandes apostas, agir primeiro onde o retorno é mais"
                                + " rápido e acompanhar os indicadores semanalmente até a próxima reunião do"
                                + " conselho.",
                hypotheses,
                recommendations,
                risks,
                kpis,
                List.of(
                        "Os números do problema refletem a empresa inteira, não um segmento.",
                        "Não houve mudança de preço ou de política comercial no período.",
                        "A equipe atual consegue executar o plano sem contratações imediatas."),
                advisor.equals("financial") ? 120_000d : null);
    }

    /**
     * The word limits our advisors' prompt sets per field (see the frame under the engine's
     * {@code advisor/prompts}), by JSON path with list indices dropped.
     */
    private static final Map<String, Integer> WORDS = Map.of(
            "summary", 45,
            "hypotheses.statement", 20,
            "hypotheses.evidence", 12,
            "recommendations.title", 20,
            "recommendations.rationale", 20,
            "recommendations.evidence", 12,
            "risks.description", 15,
            "risks.mitigation", 12,
            "assumptions", 12,
            "kpis.name", 8);

    /**
     * Holds our sample answer to the limits the engine sets: the schema's {@code maxLength} and {@code maxItems}
     * (and the depth's list sizes), and the prompt's words per field.
     *
     * @throws IllegalStateException naming the first field over a limit
     */
    static void check(String answerJson, String schemaJson) {
        check(Json.mapper().readTree(answerJson), Json.mapper().readTree(schemaJson), "");
    }

    private static void check(JsonNode value, JsonNode schema, String path) {
        if (value.isString()) {
            String text = value.asString();
            if (schema.has("maxLength")
                    && text.length() > schema.get("maxLength").asInt()) {
                throw new IllegalStateException(path + " is longer than " + schema.get("maxLength") + ": " + text);
            }
            Integer words = WORDS.get(path);
            if (words != null && text.split("\\s+").length > words) {
                throw new IllegalStateException(path + " has more than " + words + " words: " + text);
            }
        } else if (value.isArray()) {
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                throw new IllegalStateException(path + " has more than " + schema.get("maxItems") + " items");
            }
            for (JsonNode item : value) check(item, schema.path("items"), path);
        } else if (value.isObject()) {
            for (String name : value.propertyNames()) {
                if (!schema.path("properties").has(name)) throw new IllegalStateException("unknown field " + name);
                check(value.get(name), schema.path("properties").get(name), path.isEmpty() ? name : path + "." + name);
            }
        }
    }

    /**
     * The report as the model writes it: the parts the roster gives the advisor, the others empty as the schema
     * still requires them, without the KPIs its colleagues ({@code colleagues}) already defined alike, with the
     * recommendations it adopts named by id, and without the ids the engine assigns.
     */
    @SuppressWarnings("unchecked")
    static String asModelJson(AgentReport report, AdvisorSpec spec, List<Kpi> colleagues) {
        // As the prompt asks: a KPI a colleague defined alike is named in the recommendations, not defined again.
        var own = report.kpis().stream().filter(k -> !colleagues.contains(k)).toList();
        report = new AgentReport(
                report.advisor(),
                report.summary(),
                report.hypotheses(),
                report.recommendations(),
                report.risks(),
                own,
                report.assumptions(),
                report.budgetCeiling());
        Map<String, Object> tree = new LinkedHashMap<>(Json.mapper().convertValue(report, Map.class));
        tree.remove("advisor");
        for (Section section : Section.values()) {
            if (spec.writes(section)) continue;
            tree.put(section.field(), section == Section.BUDGET_CEILING ? null : List.of());
        }
        List<String> adopted = ADOPTED.getOrDefault(spec.id(), List.of());
        var recommendations = new ArrayList<Map<String, Object>>();
        List<Object> written = (List<Object>) tree.get("recommendations");
        // An adopted recommendation is the colleague's, named by id: the first ones, which the analyst wrote alike.
        for (Object r : written.subList(Math.min(adopted.size(), written.size()), written.size())) {
            var rec = new LinkedHashMap<>((Map<String, Object>) r);
            rec.remove("id");
            recommendations.add(rec);
        }
        var ordered = new LinkedHashMap<String, Object>();
        tree.forEach((field, value) -> {
            ordered.put(field, field.equals("recommendations") ? recommendations : value);
            if (field.equals("recommendations") && !adopted.isEmpty()) ordered.put("adopted", adopted);
        });
        return Json.write(ordered);
    }
}
