package dev.consultor.bench.tokens;

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

/**
 * What each advisor answers in the benchmark: a report of the standard depth (three hypotheses,
 * recommendations, risks and KPIs) with sentences of the length a model writes. Both sides of the comparison
 * are given the same content — as JSON for our prompts, as prose for the original's — so only the prompting
 * differs.
 */
final class SampleReports {
    private static final Map<String, String> ANGLE = Map.of(
            "analyst", "o diagnóstico dos dados",
            "commercial", "o funil e os canais de venda",
            "market", "a concorrência e o posicionamento",
            "financial", "o caixa e o retorno de cada iniciativa",
            "reviewer", "a decisão do conselho e a ordem de execução");
    private static final Map<String, String> OWNER =
            Map.of("analyst", "Analyst", "commercial", "CRO", "market", "CMO", "financial", "CFO", "reviewer", "CEO");

    private SampleReports() {}

    static AgentReport of(Scenario scenario, String advisor) {
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
            hypotheses.add(new Hypothesis(
                    "A piora em " + topic + " explica parte relevante do problema, mais do que " + next
                            + ", pelo que se vê em " + angle + ".",
                    0.7 - i * 0.15,
                    List.of(
                            "Os números do problema apontam para " + topic + " nos últimos meses.",
                            "Não há dado que descarte " + next + "; é preciso medir antes de concluir.")));
            recommendations.add(new Recommendation(
                    null,
                    "Atacar " + topic + " com um plano de " + (30 * (i + 1)) + " dias",
                    "Do ponto de vista de " + angle + ", agir sobre " + topic + " tem o maior impacto por real"
                            + " investido e pode ser medido semanalmente, o que reduz o risco de errar a causa.",
                    i == 0 ? List.of(Stance.INVEST, Stance.MOVE_FAST) : List.of(Stance.PHASE_IN, Stance.EFFICIENCY),
                    i == 0 ? Horizon.IMMEDIATE : i == 1 ? Horizon.SHORT_TERM : Horizon.MEDIUM_TERM,
                    new Cost(i == 2 ? Level.HIGH : Level.MEDIUM, 20_000d * (i + 1)),
                    i == 0 ? Level.HIGH : Level.MEDIUM,
                    owner,
                    0.75 - i * 0.1,
                    List.of("Comparação com os concorrentes citados no problema em " + topic + "."),
                    "Indicador de " + topic));
            risks.add(new Risk(
                    "Se " + topic + " não reagir em 60 dias, a empresa perde tempo e margem enquanto os concorrentes"
                            + " avançam.",
                    3 - i % 2,
                    4 - i,
                    "Rever " + topic + " a cada duas semanas e interromper o que não mostrar resultado.",
                    owner));
            kpis.add(new Kpi(
                    "Indicador de " + topic,
                    "%",
                    10.0 + i * 5,
                    15.0 + i * 5,
                    30 * (i + 2),
                    i == 2 ? Direction.DECREASE : Direction.INCREASE));
        }
        return new AgentReport(
                advisor,
                "Para " + angle + ", o problema vem sobretudo de " + t.get(0) + " e de " + t.get(1)
                        + ". Recomendo medir antes de grandes apostas, agir primeiro onde o retorno é mais rápido e"
                        + " acompanhar os indicadores semanalmente até a próxima reunião do conselho.",
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

    /** The report as the model writes it: the schema's fields, without the ids the engine assigns. */
    @SuppressWarnings("unchecked")
    static String asModelJson(AgentReport report) {
        Map<String, Object> tree = new LinkedHashMap<>(Json.mapper().convertValue(report, Map.class));
        tree.remove("advisor");
        var recommendations = new ArrayList<Map<String, Object>>();
        for (Object r : (List<Object>) tree.get("recommendations")) {
            var rec = new LinkedHashMap<>((Map<String, Object>) r);
            rec.remove("id");
            recommendations.add(rec);
        }
        tree.put("recommendations", recommendations);
        return Json.write(tree);
    }
}
