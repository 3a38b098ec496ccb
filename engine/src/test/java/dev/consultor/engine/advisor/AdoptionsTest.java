package dev.consultor.engine.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.playbook.AlteredPlaybook;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An advisor backs a colleague's recommendation by naming its id; the engine writes the copy into its report. */
class AdoptionsTest {
    private static final Roster ROSTER = Roster.defaults();
    private static final Brief BRIEF = Brief.of(
            "Nossas vendas caíram 20% em 3 meses, com o mercado crescendo.",
            BusinessType.B2B, Depth.STANDARD, LocalDate.of(2026, 1, 1));

    /** The offline model's answers, with the given advisors keeping one recommendation and adopting these ids. */
    private static LanguageModel adopting(Map<String, List<String>> adoptions) {
        return AlteredPlaybook.answering((request, answer) -> {
            List<String> ids = adoptions.get(request.role());
            if (!(request.intent() instanceof AdvisorIntent) || ids == null) return answer;
            var json = (ObjectNode) Json.mapper().readTree(answer.content());
            var recommendations = (ArrayNode) json.get("recommendations");
            while (recommendations.size() > 1) recommendations.remove(recommendations.size() - 1);
            var adopted = json.putArray("adopted");
            ids.forEach(adopted::add);
            return new Completion(Json.write(json), answer.usage(), answer.latency(), answer.model());
        });
    }

    private static Consultation run(Map<String, List<String>> adoptions) {
        return new ConsultationEngine(ROSTER, adopting(adoptions), EngineSettings.defaults()).run(BRIEF, e -> {});
    }

    @Test
    void theChairsAdoptedRecommendationsFollowItsOwnAsCopiesSayingWhoseTheyWere() {
        Consultation c = run(Map.of("reviewer", List.of("analyst-1", "market-1")));

        assertThat(c.status()).isEqualTo(ConsultationStatus.COMPLETED);
        Recommendation analyst1 = report(c, "analyst").recommendations().get(0);
        Recommendation market1 = report(c, "market").recommendations().get(0);
        List<Recommendation> chair = report(c, "reviewer").recommendations();
        assertThat(chair).extracting(Recommendation::id).containsExactly("reviewer-1", "reviewer-2", "reviewer-3");
        assertThat(chair.get(1).title()).isEqualTo(analyst1.title());
        assertThat(chair.get(1).stances()).isEqualTo(analyst1.stances());
        assertThat(chair.get(1).cost()).isEqualTo(analyst1.cost());
        assertThat(chair.get(1).evidence().get(0)).isEqualTo("Adotada de analyst-1 (Analista de Negócios).");
        assertThat(chair.get(1).evidence()).containsAll(analyst1.evidence());
        assertThat(chair.get(2).title()).isEqualTo(market1.title());
        // The plan lists a move once, whoever backs it.
        var titles = c.artifacts().actionPlan().actions().stream()
                .map(a -> a.title())
                .toList();
        assertThat(titles).doesNotHaveDuplicates();
    }

    @Test
    void onlyRecommendationsFromReportsTheAdvisorReadCanBeAdoptedAndEachOnce() {
        // Commercial reads the analyst only; market-1 is not in front of it, and commercial-7 does not exist.
        Consultation c = run(Map.of("commercial", List.of("market-1", "commercial-7", "ANALYST-1", "analyst-1", "")));

        List<Recommendation> commercial = report(c, "commercial").recommendations();
        assertThat(commercial).hasSize(2);
        assertThat(commercial.get(1).title())
                .isEqualTo(report(c, "analyst").recommendations().get(0).title());
    }

    @Test
    void anAdvisorWhoReadsColleaguesIsToldItCanAdoptAndTheFirstIsNot() {
        var builder = new PromptBuilder(ROSTER);

        assertThat(builder.system(ROSTER.get("reviewer"), BRIEF))
                .contains("Uma recomendação de colega que você apoia como está: ponha o id dela em adopted");
        assertThat(builder.system(ROSTER.get("analyst"), BRIEF)).doesNotContain("adopted");
    }

    private static AgentReport report(Consultation c, String advisor) {
        return c.reports().stream()
                .filter(r -> r.advisor().equals(advisor))
                .findFirst()
                .orElseThrow();
    }
}
