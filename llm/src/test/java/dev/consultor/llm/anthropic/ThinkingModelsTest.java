package dev.consultor.llm.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.ModelException;
import dev.consultor.llm.fake.AnthropicReplies;
import dev.consultor.llm.fake.AnthropicReplies.Tokens;
import dev.consultor.llm.fake.FakeProvider;
import dev.consultor.llm.fake.Reports;
import dev.consultor.llm.fake.Requests;
import dev.consultor.llm.provider.ModelRouting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Claude 5 models think unless told not to, and Anthropic refuses a forced tool while a model thinks. The fake
 * here refuses what the documentation says the API refuses, so a request shaped the old way fails as it would.
 */
class ThinkingModelsTest {
    private static final String ALWAYS_THINKS = "claude-opus-5-5";

    private final FakeProvider fake = FakeProvider.start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private AnthropicModel on(String model) {
        return fake.anthropic(ModelRouting.single(model));
    }

    private void answerAsDocumented(String report) {
        fake.otherwise(r -> AnthropicReplies.thinkingRefusal(r.json(), Set.of(ALWAYS_THINKS))
                .<FakeProvider.Reply>map(refusal -> refusal)
                .orElseGet(() -> {
                    String model = r.json().get("model").asString();
                    boolean thinks =
                            !r.json().path("thinking").path("type").asString("").equals("disabled")
                                    && ClaudeModels.thinksByDefault(model);
                    boolean stream = r.json().path("stream").asBoolean(false);
                    if (!thinks) {
                        return stream
                                ? AnthropicReplies.toolStream(model, report, Tokens.of(900, 300), 3)
                                : AnthropicReplies.toolAnswer(model, report, Tokens.of(900, 300));
                    }
                    return stream
                            ? AnthropicReplies.thinkingThenToolStream(model, report, Tokens.of(900, 1300), 3)
                            : AnthropicReplies.thinkingThenTool(model, report, Tokens.of(900, 1300));
                }));
    }

    @Test
    void asksAClaudeFiveModelToAnswerWithThinkingOffAndLeavesOlderModelsAsTheyWere() throws Exception {
        String report = Reports.valid("analyst");
        answerAsDocumented(report);

        Completion haiku55 = on("claude-haiku-5-5").complete(Requests.of("analyst"));
        on("claude-haiku-4-5").complete(Requests.of("analyst"));

        assertThat(Json.mapper().readTree(haiku55.content()))
                .isEqualTo(Json.mapper().readTree(report));
        assertThat(fake.count()).isEqualTo(2);
        JsonNode five = fake.requests().get(0).json();
        assertThat(five.get("thinking").get("type").asString()).isEqualTo("disabled");
        assertThat(five.get("tool_choice").get("type").asString()).isEqualTo("tool");
        assertThat(five.get("max_tokens").asLong()).isEqualTo(2048);
        assertThat(five.has("output_config")).isFalse();
        JsonNode four = fake.requests().get(1).json();
        assertThat(four.has("thinking")).isFalse();
        assertThat(four.get("tool_choice").get("type").asString()).isEqualTo("tool");
    }

    @Test
    void offersTheToolAfterThinkingToAModelThatWillNotTurnThinkingOffAndRemembersIt() throws Exception {
        String report = Reports.valid("analyst");
        answerAsDocumented(report);
        AnthropicModel model = on(ALWAYS_THINKS);

        Completion first = model.complete(Requests.of("analyst"));
        Completion second = model.complete(Requests.of("market"));

        // The thinking block is not part of the answer: the answer is the tool's input.
        assertThat(Json.mapper().readTree(first.content()))
                .isEqualTo(Json.mapper().readTree(report));
        assertThat(second.content()).doesNotContain(AnthropicReplies.THOUGHT);
        // Refused once with thinking off, then asked with the tool offered; the next call goes straight there.
        assertThat(fake.count()).isEqualTo(3);
        JsonNode refused = fake.requests().get(0).json();
        assertThat(refused.get("thinking").get("type").asString()).isEqualTo("disabled");
        for (JsonNode offered :
                List.of(fake.requests().get(1).json(), fake.requests().get(2).json())) {
            assertThat(offered.get("tool_choice").get("type").asString()).isEqualTo("auto");
            assertThat(offered.get("tool_choice")
                            .get("disable_parallel_tool_use")
                            .asBoolean())
                    .isTrue();
            assertThat(offered.has("thinking")).isFalse();
            assertThat(offered.get("output_config").get("effort").asString()).isEqualTo("medium");
            assertThat(offered.get("max_tokens").asLong()).isEqualTo(2048 + AnthropicRequests.THINKING_ALLOWANCE);
            assertThat(offered.get("tools").get(0).get("name").asString()).isEqualTo(AnthropicReplies.TOOL);
        }
        // The thinking is paid for: it is part of the output tokens.
        assertThat(first.usage().outputTokens()).isEqualTo(1300);
    }

    @Test
    void streamsOnlyTheAnswerOfAModelThatThinksFirst() throws Exception {
        String report = Reports.valid("analyst");
        answerAsDocumented(report);
        AnthropicModel model = on(ALWAYS_THINKS);
        model.complete(Requests.of("analyst")); // learns that this model thinks
        var fragments = new ArrayList<String>();

        Completion completion = model.complete(Requests.of("analyst"), fragments::add);

        assertThat(Json.mapper().readTree(completion.content()))
                .isEqualTo(Json.mapper().readTree(report));
        assertThat(String.join("", fragments)).isEqualTo(report).doesNotContain(AnthropicReplies.THOUGHT);
    }

    @Test
    void aRejectionForAnotherReasonIsNotSentAgainInAnotherShape() {
        fake.otherwise(r -> AnthropicReplies.error(400, "invalid_request_error", "max_tokens: too large"));
        AnthropicModel model = on("claude-haiku-5-5");

        assertThatThrownBy(() -> model.complete(Requests.of("analyst")))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.INVALID_REQUEST))
                .hasMessageContaining("max_tokens: too large");
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void aRefusalAboutThinkingInTheOtherShapeTooEndsTheCallWithThatCause() {
        fake.otherwise(r -> AnthropicReplies.error(
                400, "invalid_request_error", "Thinking may not be enabled when tool_choice forces tool use."));
        AnthropicModel model = on("claude-haiku-5-5");

        assertThatThrownBy(() -> model.complete(Requests.of("analyst")))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Thinking may not be enabled");
        // Once with thinking off, once with the tool offered; never a third time.
        assertThat(fake.count()).isEqualTo(2);
    }
}
