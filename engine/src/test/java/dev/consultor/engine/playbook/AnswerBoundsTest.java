package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.advisor.PromptBuilder;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every analysis the offline model writes in a full consultation, the chair's included, keeps to the bounds of
 * the advisor schema (list sizes, string lengths) and fits well inside the output cap the request sets from them,
 * on each of the original's scenarios, in both languages.
 */
class AnswerBoundsTest {
    private record Call(ModelRequest request, Completion completion) {}

    /** The offline model, recording the analysis calls a consultation makes. */
    private static LanguageModel recording(List<Call> calls) {
        return AlteredPlaybook.answering((request, completion) -> {
            if (request.intent() instanceof AdvisorIntent) {
                synchronized (calls) {
                    calls.add(new Call(request, completion));
                }
            }
            return completion;
        });
    }

    @ParameterizedTest
    @EnumSource(Depth.class)
    void everyAnalysisKeepsToTheSchemaBoundsAndUnderItsOutputCap(Depth depth) {
        var problems = List.of(
                Fixtures.FALLING_SALES,
                Fixtures.EUROPE,
                Fixtures.CHURN,
                Fixtures.FALLING_SALES_EN,
                Fixtures.EUROPE_EN,
                Fixtures.CHURN_EN);
        var violations = new ArrayList<String>();
        for (String problem : problems) {
            var calls = new ArrayList<Call>();
            var consultation = new ConsultationEngine(Roster.defaults(), recording(calls), EngineSettings.defaults())
                    .run(Fixtures.brief(problem, BusinessType.SAAS, depth), event -> {});
            assertThat(consultation.status()).isEqualTo(ConsultationStatus.COMPLETED);
            assertThat(calls).hasSize(Roster.defaults().size());

            for (Call call : calls) {
                String label = depth + " " + call.request().role() + ": " + problem.substring(0, 30);
                // Each advisor answers its own schema: the parts of the report the roster gives it.
                SchemaCheck.violations(
                                Json.mapper().readTree(call.request().schema().json()),
                                Json.mapper().readTree(call.completion().content()))
                        .forEach(v -> violations.add(label + " " + v));
                // The cap assumes three characters a token; the offline answer, at four, must leave it room.
                assertThat(call.request().maxTokens())
                        .as(label)
                        .isLessThanOrEqualTo(EngineSettings.defaults().maxTokensPerAdvisor());
                assertThat(call.completion().content().length() / 3)
                        .as(label)
                        .isLessThan(call.request().maxTokens());
            }
        }
        assertThat(violations).isEmpty();
    }

    private static int cap(Depth depth, int engineLimit) {
        var roster = Roster.defaults();
        var brief = Fixtures.brief(Fixtures.CHURN, BusinessType.SAAS, depth);
        return new PromptBuilder(roster)
                .advisorRequest(
                        roster.get("analyst"), new AdvisorIntent(brief, "analyst", Map.of(), Map.of()), engineLimit)
                .maxTokens();
    }

    @Test
    void theOutputCapGrowsWithDepthAndNeverPassesTheEngineLimit() {
        int quick = cap(Depth.QUICK, 4096);
        int standard = cap(Depth.STANDARD, 4096);

        assertThat(quick).isLessThan(standard);
        assertThat(standard).isLessThan(4096);
        assertThat(cap(Depth.DEEP, 4096)).isBetween(standard, 4096);
        assertThat(cap(Depth.STANDARD, 300)).isEqualTo(300);
    }
}
