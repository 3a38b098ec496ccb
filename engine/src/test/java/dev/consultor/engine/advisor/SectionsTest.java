package dev.consultor.engine.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.playbook.AlteredPlaybook;
import dev.consultor.engine.playbook.PlaybookModel;
import dev.consultor.engine.report.AgentReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each advisor writes the parts of the report the roster gives it: it is asked for them, answers the others empty,
 * and the engine keeps only its own parts whatever a model volunteers.
 */
class SectionsTest {
    private static final Roster ROSTER = Roster.defaults();
    private static final Brief BRIEF = Brief.of(
            "Nossas vendas caíram 20% em 3 meses, com o mercado crescendo.",
            BusinessType.B2B, Depth.STANDARD, LocalDate.of(2026, 1, 1));

    @Test
    void everyAdvisorAnswersTheSameWholeSchemaSoTheAnswerToolStaysASharedCachePrefix() {
        var schemas = ROSTER.inDependencyOrder().stream()
                .map(spec -> PromptBuilder.schema(spec).json())
                .distinct()
                .toList();

        assertThat(schemas).hasSize(1);
        assertThat(List.copyOf(Json.mapper()
                        .readTree(schemas.get(0))
                        .path("properties")
                        .propertyNames()))
                .containsExactly(
                        "summary",
                        "hypotheses",
                        "recommendations",
                        "adopted",
                        "risks",
                        "kpis",
                        "assumptions",
                        "budget_ceiling");
    }

    @Test
    void thePromptAsksForTheAdvisorsPartsAtTheDepthAndForTheOthersEmpty() {
        var builder = new PromptBuilder(ROSTER);

        assertThat(builder.system(ROSTER.get("commercial"), BRIEF))
                .contains("Dê exatamente 3 recomendações e 3 riscos, até 3 KPIs, e também as premissas.")
                .contains("Deixe vazias as outras partes do relatório")
                .contains("Um KPI que um colega já definiu, cite-o pelo nome no kpi da recomendação; defina-o de novo"
                        + " só para propor outra meta ou outro prazo.");
        assertThat(builder.system(ROSTER.get("analyst"), BRIEF))
                .contains("Dê exatamente 3 hipóteses, 3 recomendações e 3 KPIs, e também as premissas.");
        assertThat(builder.system(ROSTER.get("financial"), BRIEF))
                .contains("e também as premissas e o teto de orçamento.");
    }

    @Test
    void theOfflineModelLeavesTheOtherAdvisorsPartsEmpty() throws InterruptedException {
        var request = new PromptBuilder(ROSTER)
                .advisorRequest(
                        ROSTER.get("commercial"), new AdvisorIntent(BRIEF, "commercial", Map.of(), Map.of()), 4096);

        JsonNode answer =
                Json.mapper().readTree(new PlaybookModel().complete(request).content());

        assertThat(answer.get("hypotheses").isEmpty()).isTrue();
        assertThat(answer.get("budget_ceiling").isNull()).isTrue();
        assertThat(answer.get("recommendations")).hasSize(3);
        assertThat(answer.get("risks")).hasSize(3);
    }

    @Test
    void theEngineKeepsOnlyTheAdvisorsOwnPartsWhateverTheModelVolunteers() {
        // A model that ignores the assignment and writes every part for every advisor.
        LanguageModel everything = AlteredPlaybook.asking(request -> request.intent() instanceof AdvisorIntent intent
                ? new ModelRequest(
                        request.role(),
                        request.stage(),
                        request.system(),
                        request.context(),
                        request.schema(),
                        request.maxTokens(),
                        intent.withParts(List.of()))
                : request);

        Consultation consultation =
                new ConsultationEngine(ROSTER, everything, EngineSettings.defaults()).run(BRIEF, event -> {});

        assertThat(consultation.status()).isEqualTo(ConsultationStatus.COMPLETED);
        AgentReport commercial = report(consultation, "commercial");
        assertThat(commercial.hypotheses()).isEmpty();
        assertThat(commercial.recommendations()).hasSize(3);
        assertThat(report(consultation, "analyst").hypotheses()).hasSize(3);
        assertThat(report(consultation, "analyst").risks()).isEmpty();
        assertThat(report(consultation, "reviewer").hypotheses()).isEmpty();
        assertThat(report(consultation, "financial").budgetCeiling()).isNotNull();
    }

    @Test
    void anAdvisorWithoutSectionsWritesTheWholeReport() {
        var spec = new AdvisorSpec(
                "legal",
                Map.of("pt-BR", "Jurídico", "en", "Legal"),
                Map.of("pt-BR", "p", "en", "p"),
                Map.of(),
                BoardRole.MEMBER,
                List.of(),
                "agent-report",
                "analyst",
                null);

        assertThat(spec.sections()).containsExactly(Section.values());
        assertThat(new PromptBuilder(ROSTER).system(spec, BRIEF))
                .contains("Dê exatamente 3 hipóteses, 3 recomendações, 3 riscos e 3 KPIs")
                .doesNotContain("Deixe vazias");
    }

    @Test
    void aRosterNamingAnUnknownSectionIsRefusedWithTheNameAndTheChoices() {
        String json = """
                [{"id": "legal", "names": {"pt-BR": "J", "en": "L"}, "personas": {"pt-BR": "p", "en": "p"},
                  "board_role": "member", "depends_on": [], "output_schema": "agent-report",
                  "prompt_template": "analyst", "sections": ["recommendations", "opinions"]}]
                """;

        assertThatThrownBy(() -> Roster.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("unknown report section 'opinions'")
                .hasMessageContaining("budget_ceiling");
    }

    private static AgentReport report(Consultation consultation, String advisor) {
        return consultation.reports().stream()
                .filter(r -> r.advisor().equals(advisor))
                .findFirst()
                .orElseThrow();
    }
}
