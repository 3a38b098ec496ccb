package dev.consultor.llm.openai;

import static dev.consultor.llm.fake.OpenAiReplies.chat;
import static dev.consultor.llm.fake.OpenAiReplies.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelException.Kind;
import dev.consultor.engine.model.TokenUsage;
import dev.consultor.llm.fake.FakeProvider;
import dev.consultor.llm.fake.Reports;
import dev.consultor.llm.fake.Requests;
import dev.consultor.llm.fake.Waits;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenAiCompatibleModelTest {
    private final FakeProvider fake = FakeProvider.start();
    private final Waits waits = new Waits();

    private OpenAiCompatibleModel model(String key) {
        return OpenAiCompatibleModel.create(
                OpenAiSettings.defaults(fake.baseUrl() + "/v1/", key, "llama3.1")
                        .withCallTimeout(Duration.ofSeconds(5)),
                Clock.systemUTC(),
                waits);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void sendsTheSharedBriefFirstInOneSystemMessageAndAsksForTheSchema() throws Exception {
        fake.then(chat("llama3.1", Reports.valid("analyst"), 900, 300, 0));
        var request = Requests.of("analyst");

        model("sk-test").complete(request);

        var sent = fake.last();
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.header("authorization")).isEqualTo("Bearer sk-test");
        JsonNode body = sent.json();
        assertThat(body.get("model").asString()).isEqualTo("llama3.1");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(2048);
        assertThat(body.get("stream").asBoolean()).isFalse();
        JsonNode messages = body.get("messages");
        assertThat(messages.get(0).get("role").asString()).isEqualTo("system");
        assertThat(messages.get(0).get("content").asString())
                .startsWith("# Problema")
                .endsWith(request.system().strip());
        assertThat(messages.get(1).get("role").asString()).isEqualTo("user");
        JsonNode format = body.get("response_format");
        assertThat(format.get("type").asString()).isEqualTo("json_schema");
        assertThat(format.get("json_schema").get("name").asString()).isEqualTo("agent_report");
        assertThat(format.toString()).doesNotContain("maxLength", "maxItems", "$schema");
        assertThat(format.get("json_schema").get("schema").get("required").toString())
                .contains("summary");
    }

    @Test
    void sendsNoKeyToALocalServerThatNeedsNone() throws Exception {
        fake.then(chat("llama3.1", Reports.valid("analyst"), 9, 9, 0));

        model(null).complete(Requests.of("analyst"));

        assertThat(fake.last().header("authorization")).isNull();
    }

    @Test
    void readsTheAnswerAndCountsCachedPromptTokensApart() throws Exception {
        fake.then(chat("gpt-4o-mini-2024-07-18", Reports.valid("analyst"), 2_000, 500, 1_536));
        var deltas = new ArrayList<String>();

        Completion completion = model("sk").complete(Requests.of("analyst"), deltas::add);

        assertThat(completion.content()).isEqualTo(Reports.valid("analyst"));
        assertThat(completion.usage()).isEqualTo(new TokenUsage(464, 500, 1_536, 0));
        assertThat(completion.model()).isEqualTo("gpt-4o-mini");
        assertThat(deltas).containsExactly(Reports.valid("analyst"));
    }

    @Test
    void fallsBackToPlainJsonInstructionsWhenTheServerRejectsTheSchemaAndRemembersIt() throws Exception {
        fake.then(
                error(400, "invalid_request_error", null, "response_format 'json_schema' is not supported"),
                chat("llama3.1", Reports.valid("analyst"), 9, 9, 0),
                chat("llama3.1", Reports.valid("market"), 9, 9, 0));
        var model = model(null);

        model.complete(Requests.of("analyst"));
        model.complete(Requests.of("market"));

        var sent = fake.requests();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).json().has("response_format")).isTrue();
        assertThat(sent.get(1).json().has("response_format")).isFalse();
        assertThat(sent.get(1).json().get("messages").get(1).get("content").asString())
                .contains("validates against this JSON schema", "\"budget_ceiling\"");
        assertThat(sent.get(2).json().has("response_format")).isFalse();
    }

    @Test
    void neverRetriesAnExhaustedQuotaEvenThoughItComesAsA429() {
        fake.otherwise(r -> error(
                429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota, check your plan."));

        var e = catchThrowableOfType(ModelException.class, () -> model("sk").complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.getMessage()).contains("billing");
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void retriesARateLimitAfterRetryAfterMs() throws Exception {
        fake.then(
                error(429, "requests", "rate_limit_exceeded", "Rate limit reached")
                        .withHeader("retry-after-ms", "1500"),
                chat("llama3.1", Reports.valid("analyst"), 9, 9, 0));

        model("sk").complete(Requests.of("analyst"));

        assertThat(fake.count()).isEqualTo(2);
        assertThat(waits.all()).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void retriesServerErrorsAndGarbledBodiesAtMostThreeTimes() {
        fake.then(error(500, "server_error", null, "boom"), FakeProvider.json(200, "{\"choices\":[{\"mess"))
                .otherwise(r -> error(502, "server_error", null, "bad gateway"));

        var e = catchThrowableOfType(ModelException.class, () -> model("sk").complete(Requests.of("analyst")));

        assertThat(e.getMessage()).contains("HTTP 502").endsWith("tried 3 times");
        assertThat(fake.count()).isEqualTo(3);
    }

    @Test
    void namesTheMissingModelTheWayOllamaReportsIt() {
        fake.otherwise(
                r -> FakeProvider.json(404, "{\"error\":\"model \\\"llama3.1\\\" not found, try pulling it first\"}"));

        var e = catchThrowableOfType(ModelException.class, () -> model(null).complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).startsWith("model not found: llama3.1").contains("try pulling it first");
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void rejectsABadKeyOnce() {
        fake.otherwise(r -> error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided"));

        var e = catchThrowableOfType(ModelException.class, () -> model("sk-bad").complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.getMessage()).startsWith("invalid API key");
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void retriesAResetConnection() throws Exception {
        fake.then(FakeProvider.reset(), chat("llama3.1", Reports.valid("analyst"), 9, 9, 0));

        model(null).complete(Requests.of("analyst"));

        assertThat(fake.count()).isEqualTo(2);
    }

    @Test
    void timesOutWithoutRetrying() {
        var model = OpenAiCompatibleModel.create(
                OpenAiSettings.defaults(fake.baseUrl() + "/v1", null, "llama3.1")
                        .withCallTimeout(Duration.ofMillis(600)),
                Clock.systemUTC(),
                waits);
        fake.otherwise(r -> chat("llama3.1", "{}", 1, 1, 0).after(Duration.ofSeconds(3)));

        var e = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void reportsAnUnreachableServerWithItsAddress() {
        fake.close();

        var e = catchThrowableOfType(ModelException.class, () -> model(null).complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).startsWith("provider unreachable at " + fake.baseUrl() + "/v1");
    }

    @Test
    void interruptingTheCallerAbandonsTheRequestAndMakesNoOther() throws Exception {
        fake.otherwise(r -> chat("llama3.1", Reports.valid("analyst"), 9, 9, 0).after(Duration.ofSeconds(10)));
        var thrown = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                model(null).complete(Requests.of("analyst"));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        assertThat(fake.awaitRequest(Duration.ofSeconds(5))).isTrue();

        caller.interrupt();
        caller.join(Duration.ofSeconds(3));

        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        Thread.sleep(300);
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void namesTheOutputBudgetTheWayNewerOpenAiModelsWantIt() throws Exception {
        fake.then(
                error(
                        400,
                        "invalid_request_error",
                        "unsupported_parameter",
                        "Unsupported parameter: 'max_tokens' is not supported with this model. Use"
                                + " 'max_completion_tokens' instead."),
                chat("llama3.1", Reports.valid("analyst"), 9, 9, 0),
                chat("llama3.1", Reports.valid("analyst"), 9, 9, 0));
        var model = model("sk");

        model.complete(Requests.of("analyst"));
        model.complete(Requests.of("analyst"));

        var sent = fake.requests();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).json().has("max_tokens")).isTrue();
        assertThat(sent.get(1).json().get("max_completion_tokens").asInt()).isEqualTo(2048);
        assertThat(sent.get(1).json().has("max_tokens")).isFalse();
        assertThat(sent.get(2).json().has("max_completion_tokens")).isTrue();
    }

    @Test
    void passesOnOtherBadRequestsUnchanged() {
        fake.otherwise(r -> error(400, "invalid_request_error", null, "messages: too many"));

        var e = catchThrowableOfType(ModelException.class, () -> model("sk").complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void retriesARateLimitQuotaThatClearsByItself() throws Exception {
        fake.then(
                error(429, "rate_limit", null, "Quota exceeded for metric: requests per minute")
                        .withHeader("retry-after", "1"),
                chat("llama3.1", Reports.valid("analyst"), 9, 9, 0));

        model("sk").complete(Requests.of("analyst"));

        assertThat(fake.count()).isEqualTo(2);
    }
}
