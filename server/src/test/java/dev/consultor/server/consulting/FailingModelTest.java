package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.playbook.PlaybookModel;
import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.SqliteStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/** Failures are reported as what they are: never "completed" with empty sections. */
@Import(FailingModelTest.Models.class)
class FailingModelTest extends SqliteStack {
    static final String PROVIDER_DOWN = "Provider down: our sales fell 20% in three months, why?";
    static final String MARKET_DOWN = "Market down: our sales fell 20% in three months, why?";

    @TestConfiguration
    static class Models {
        @Bean
        @Primary
        LanguageModel selectivelyFailingModel() {
            return new SelectivelyFailing(new PlaybookModel());
        }
    }

    /** Fails every advisor for one problem, only the market specialist for another. */
    record SelectivelyFailing(LanguageModel delegate) implements LanguageModel {
        @Override
        public ModelInfo info() {
            return delegate.info();
        }

        @Override
        public Completion complete(ModelRequest request) throws InterruptedException {
            if (request.intent() instanceof AdvisorIntent advisor) {
                String problem = advisor.brief().problem();
                if (problem.startsWith("Provider down")
                        || (problem.startsWith("Market down")
                                && advisor.advisor().equals("market"))) {
                    throw new ModelException(ModelException.Kind.UNREACHABLE, "the model provider is unreachable");
                }
            }
            return delegate.complete(request);
        }
    }

    @Test
    void anExecutionWhoseAdvisorsAllFailIsFailedWithTheirCauses() {
        JsonNode detail = run(PROVIDER_DOWN);

        assertThat(detail.get("status").asString()).isEqualTo("failed");
        assertThat(errors(detail)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(String.join("\n", errors(detail))).contains("unreachable");
        detail.get("advisors")
                .forEach(a -> assertThat(a.get("status").asString()).isIn("failed", "skipped"));
    }

    @Test
    void anExecutionMissingOneAdvisorIsDegradedAndSaysWhich() {
        JsonNode detail = run(MARKET_DOWN);

        assertThat(detail.get("status").asString()).isEqualTo("degraded");
        assertThat(String.join("\n", errors(detail))).contains("unreachable");
        List<String> failed = new ArrayList<>();
        detail.get("advisors").forEach(a -> {
            if (!a.get("status").asString().equals("completed")) {
                failed.add(a.get("advisor").asString());
            }
        });
        assertThat(failed).containsExactly("market");
        assertThat(detail.get("result").get("outcomes")).hasSize(5);
    }

    private JsonNode run(String problem) {
        Api api = api();
        Account owner = api.register();
        String id = api.post(
                        "/api/v1/executions",
                        Map.of("problem_description", problem, "business_type", "B2B", "analysis_depth", "quick"),
                        owner.accessToken())
                .json()
                .get("execution_id")
                .asString();
        return ExecutionBehaviour.awaitFinished(api, owner, id);
    }

    private static List<String> errors(JsonNode detail) {
        List<String> errors = new ArrayList<>();
        detail.get("errors").forEach(e -> errors.add(e.asString()));
        return errors;
    }
}
