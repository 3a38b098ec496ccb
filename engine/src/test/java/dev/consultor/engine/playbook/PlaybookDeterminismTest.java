package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.advisor.PromptBuilder;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.report.AgentReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Same input, byte-identical output: no randomness, no clock, no hash order leaking into the answer. */
class PlaybookDeterminismTest {

    @Test
    void aWholeConsultationIsTheSameTwice() {
        Brief brief = Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.DEEP)
                .withData(List.of(Fixtures.csv("vendas_ultimos_6_meses.csv")));

        String first = Fixtures.reportsJson(Fixtures.run(brief));
        String second = Fixtures.reportsJson(new dev.consultor.engine.ConsultationEngine(
                        Roster.defaults(), new PlaybookModel(), dev.consultor.engine.EngineSettings.defaults())
                .run(brief, e -> {}));

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("vendas_total");
    }

    @Test
    void everyScenarioIsTheSameTwice() {
        for (String problem : List.of(Fixtures.EUROPE, Fixtures.CHURN, Fixtures.FALLING_SALES_EN)) {
            Brief brief = Fixtures.brief(problem, BusinessType.SAAS, Depth.STANDARD);
            assertThat(Fixtures.reportsJson(Fixtures.run(brief))).isEqualTo(Fixtures.reportsJson(Fixtures.run(brief)));
        }
    }

    @Test
    void theOrderOfTheDependencyMapsDoesNotMatter() throws InterruptedException {
        Brief brief = Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD);
        var consultation = Fixtures.run(brief);
        var reports = new LinkedHashMap<String, AgentReport>();
        for (String advisor : List.of("analyst", "commercial", "market", "financial")) {
            reports.put(advisor, Fixtures.report(consultation, advisor));
        }
        var reversed = new TreeMap<String, AgentReport>(java.util.Comparator.reverseOrder());
        reversed.putAll(reports);
        var roster = Roster.defaults();
        var prompts = new PromptBuilder(roster);
        var model = new PlaybookModel();

        String a = model.complete(prompts.advisorRequest(
                        roster.get("reviewer"),
                        new AdvisorIntent(brief, "reviewer", reports, Map.of("x", "gone", "y", "gone")),
                        4096))
                .content();
        String b = model.complete(prompts.advisorRequest(
                        roster.get("reviewer"),
                        new AdvisorIntent(brief, "reviewer", reversed, Map.of("y", "gone", "x", "gone")),
                        4096))
                .content();

        assertThat(b).isEqualTo(a);
    }
}
