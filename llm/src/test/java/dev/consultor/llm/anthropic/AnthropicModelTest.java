package dev.consultor.llm.anthropic;

import static dev.consultor.llm.fake.AnthropicReplies.toolAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.PriceTable;
import dev.consultor.engine.model.TokenUsage;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.llm.fake.AnthropicReplies;
import dev.consultor.llm.fake.AnthropicReplies.Tokens;
import dev.consultor.llm.fake.FakeProvider;
import dev.consultor.llm.fake.Reports;
import dev.consultor.llm.fake.Requests;
import dev.consultor.llm.fake.Waits;
import dev.consultor.llm.provider.ModelRouting;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnthropicModelTest {
    private final FakeProvider fake = FakeProvider.start();
    private final AnthropicModel model = AnthropicModel.create(
            AnthropicSettings.defaults("test-key").withBaseUrl(fake.baseUrl()).withCallTimeout(Duration.ofSeconds(5)),
            Clock.systemUTC(),
            new Waits());

    @AfterEach
    void stop() {
        fake.close();
    }

    /** The four specialists' reports, as the chair reads them. */
    private static Map<String, AgentReport> specialistsReports() {
        var reports = new java.util.HashMap<String, AgentReport>();
        for (String advisor : List.of("analyst", "commercial", "market", "financial"))
            reports.put(
                    advisor,
                    Json.read(Reports.valid(advisor), AgentReport.class).attributedTo(advisor));
        return reports;
    }

    private static ModelRequest inStage(ModelRequest request, String stage) {
        return new ModelRequest(
                request.role(),
                stage,
                request.system(),
                request.context(),
                request.schema(),
                request.maxTokens(),
                request.intent());
    }

    @Test
    void sendsTheSharedBriefFirstThenThePersonaWithCacheBreakpointsAndForcesTheAnswerTool() throws Exception {
        fake.then(toolAnswer("claude-haiku-4-5", Reports.valid("analyst"), Tokens.of(900, 300)));
        ModelRequest request = Requests.of("analyst");

        model.complete(request);

        FakeProvider.Recorded sent = fake.last();
        assertThat(sent.path()).isEqualTo("/v1/messages");
        // The SDK decides how the key travels (x-api-key, or a bearer token in recent versions).
        assertThat(sent.headers())
                .containsAnyOf(Map.entry("x-api-key", "test-key"), Map.entry("authorization", "Bearer test-key"));
        assertThat(sent.header("anthropic-version")).isNotBlank();
        JsonNode body = sent.json();
        assertThat(body.get("model").asString()).isEqualTo("claude-haiku-5-5");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(2048);
        assertThat(body.has("stream") && body.get("stream").asBoolean()).isFalse();
        JsonNode system = body.get("system");
        // The brief, then the board-wide rules with the shared breakpoint, then the advisor's own instructions.
        assertThat(system.size()).isEqualTo(3);
        assertThat(system.get(0).get("text").asString()).contains("Nossas vendas caíram 20%");
        assertThat(system.get(0).has("cache_control")).isFalse();
        assertThat(system.get(1).get("text").asString()).contains("Seja telegráfico");
        assertThat(system.get(1).get("cache_control").get("type").asString()).isEqualTo("ephemeral");
        assertThat(system.get(2).get("text").asString()).isEqualTo(request.system());
        // The analysis asks each advisor once: a breakpoint after its persona would be a write nobody reads.
        assertThat(system.get(2).has("cache_control")).isFalse();
        JsonNode tool = body.get("tools").get(0);
        assertThat(tool.get("name").asString()).isEqualTo("agent_report");
        assertThat(tool.get("input_schema").get("type").asString()).isEqualTo("object");
        assertThat(tool.get("input_schema").get("required").toString()).contains("summary", "budget_ceiling");
        assertThat(tool.get("input_schema").get("properties").has("recommendations"))
                .isTrue();
        assertThat(tool.get("input_schema").get("additionalProperties").asBoolean())
                .isFalse();
        assertThat(tool.get("input_schema").has("$schema")).isFalse();
        // Sizes are the prompt's words and counts, not billed again in the tool on every call; ranges and enums stay.
        JsonNode recommendation = tool.get("input_schema")
                .get("properties")
                .get("recommendations")
                .get("items");
        assertThat(tool.toString()).doesNotContain("maxLength", "maxItems");
        assertThat(recommendation.get("properties").has("title")).isTrue();
        assertThat(recommendation
                        .get("properties")
                        .get("confidence")
                        .get("maximum")
                        .asInt())
                .isEqualTo(1);
        assertThat(body.get("tool_choice").get("type").asString()).isEqualTo("tool");
        assertThat(body.get("tool_choice").get("name").asString()).isEqualTo("agent_report");
        JsonNode user = body.get("messages").get(0);
        assertThat(user.get("role").asString()).isEqualTo("user");
        assertThat(user.toString()).doesNotContain("cache_control");
    }

    @Test
    void theDebateWhoseRoundsAskTheSameAdvisorAgainCachesItsPersonaToo() throws Exception {
        fake.then(toolAnswer("claude-haiku-4-5", Reports.valid("analyst"), Tokens.of(900, 300)));
        ModelRequest analysis = Requests.of("analyst");
        ModelRequest debate = inStage(analysis, "debate");

        model.complete(debate);

        JsonNode system = fake.last().json().get("system");
        assertThat(system.get(1).get("cache_control").get("type").asString()).isEqualTo("ephemeral");
        assertThat(system.get(2).get("cache_control").get("type").asString()).isEqualTo("ephemeral");

        // A vote asks each member once.
        fake.then(toolAnswer("claude-haiku-4-5", Reports.valid("analyst"), Tokens.of(900, 300)));
        model.complete(inStage(analysis, "meeting"));
        assertThat(fake.last().json().get("system").get(2).has("cache_control")).isFalse();
    }

    @Test
    void theChairAloneOnItsModelWritesNoSharedPrefixThatNoOneWouldRead() throws Exception {
        fake.otherwise(r -> toolAnswer("claude-sonnet-5-5", Reports.valid("reviewer"), Tokens.of(900, 300)));
        ModelRequest analysis = Requests.of("reviewer");

        model.complete(analysis);
        JsonNode alone = fake.last().json();
        model.complete(inStage(analysis, "debate"));
        JsonNode debating = fake.last().json();
        fake.anthropic(ModelRouting.single("claude-sonnet-5-5")).complete(analysis);
        JsonNode sharing = fake.last().json();

        // By default the chair is the only advisor on Sonnet: its brief and rules are billed as plain input.
        assertThat(alone.get("model").asString()).isEqualTo("claude-sonnet-5-5");
        assertThat(alone.toString()).doesNotContain("cache_control");
        // The debate asks the chair again, so there its prompt is cached whole.
        assertThat(debating.get("system").get(1).has("cache_control")).isTrue();
        assertThat(debating.get("system").get(2).has("cache_control")).isTrue();
        // With every advisor on one model, the chair reads the prefix the specialists wrote.
        assertThat(sharing.get("system").get(1).has("cache_control")).isTrue();
        // Alone, its tool is no shared prefix either: it defines only the parts the chair writes, so the chair is
        // neither billed for the others nor asked to write them out empty. Shared, the tool stays whole.
        JsonNode own = alone.get("tools").get(0).get("input_schema");
        assertThat(own.get("properties").has("recommendations")).isTrue();
        assertThat(own.get("properties").has("hypotheses")).isFalse();
        assertThat(own.get("properties").has("budget_ceiling")).isFalse();
        assertThat(own.get("required").toString()).contains("summary").doesNotContain("hypotheses", "budget_ceiling");
        for (JsonNode whole : List.of(debating, sharing)) {
            assertThat(whole.get("tools")
                            .get(0)
                            .get("input_schema")
                            .get("properties")
                            .has("hypotheses"))
                    .isTrue();
        }
    }

    @Test
    void cachesTheReportsOtherAdvisorsOnTheModelReadFirstAndSendsTheRestUncached() throws Exception {
        fake.otherwise(r -> toolAnswer("claude-haiku-5-5", Reports.valid("x"), Tokens.of(900, 300)));
        Map<String, AgentReport> reports = specialistsReports();

        model.complete(Requests.of("commercial", Map.of("analyst", reports.get("analyst"))));
        JsonNode commercial = fake.last().json();
        model.complete(Requests.of(
                "financial", Map.of("analyst", reports.get("analyst"), "commercial", reports.get("commercial"))));
        JsonNode financial = fake.last().json();
        model.complete(Requests.of("reviewer", reports));
        JsonNode chair = fake.last().json();

        // The commercial and market specialists both start from the analyst's report: it follows the rules in the
        // system prompt, closing a second shared prefix; the persona comes after it.
        JsonNode system = commercial.get("system");
        assertThat(system.size()).isEqualTo(4);
        assertThat(system.get(1).has("cache_control")).isTrue();
        assertThat(system.get(2).get("text").asString()).contains("[analyst]", "Audit lost deals");
        assertThat(system.get(2).has("cache_control")).isTrue();
        assertThat(system.get(3).has("cache_control")).isFalse();
        assertThat(commercial.get("messages").toString()).doesNotContain("Audit lost deals");
        // The financial analyst reads the analyst's report from there. The commercial report after it is read
        // next by the chair alone, which answers on Sonnet: writing it to Haiku's cache would be paid for nothing.
        system = financial.get("system");
        assertThat(system.get(2).has("cache_control")).isTrue();
        assertThat(system.get(3).get("text").asString()).contains("[commercial]");
        assertThat(system.get(3).has("cache_control")).isFalse();
        // The chair, alone on its model, marks nothing; the reports no one else reads first go in the user turn.
        assertThat(chair.toString()).doesNotContain("cache_control");
        assertThat(chair.get("messages")
                        .get(0)
                        .get("content")
                        .get(0)
                        .get("text")
                        .asString())
                .contains("[market]");
    }

    @Test
    void advisorsWhoStartFromTheSameReportsShareOneWarmUpKey() {
        Map<String, AgentReport> reports = specialistsReports();
        var routing = AnthropicSettings.defaults("k").models();
        ModelRequest commercial = Requests.of("commercial", Map.of("analyst", reports.get("analyst")));
        ModelRequest market = Requests.of("market", Map.of("analyst", reports.get("analyst")));
        ModelRequest financial = Requests.of(
                "financial", Map.of("analyst", reports.get("analyst"), "commercial", reports.get("commercial")));
        String haiku = routing.modelFor("market");

        assertThat(AnthropicRequests.sharedBreakpoints(commercial, routing)).containsExactly(1, 2);
        // The market specialist waits for the commercial one's answer to start (or the other way round), then reads
        // the analyst's report from the cache; the financial analyst, whose longest shared prefix is the same, finds
        // it written.
        String key = AnthropicRequests.sharedPrefixKey(commercial, haiku, 2);
        assertThat(AnthropicRequests.sharedPrefixKey(market, haiku, 2)).isEqualTo(key);
        assertThat(AnthropicRequests.sharedBreakpoints(financial, routing)).containsExactly(1, 2);
        assertThat(AnthropicRequests.sharedPrefixKey(financial, haiku, 2)).isEqualTo(key);
        assertThat(AnthropicRequests.sharedPrefixKey(commercial, haiku, 1)).isNotEqualTo(key);
        assertThat(AnthropicRequests.sharedBreakpoints(Requests.of("reviewer", reports), routing))
                .isEmpty();
    }

    @Test
    void withEveryAdvisorOnOneModelTheChairReadsTheLongestPrefixTheFinancialAnalystWrote() throws Exception {
        fake.otherwise(r -> toolAnswer("claude-sonnet-5-5", Reports.valid("x"), Tokens.of(900, 300)));
        var single = fake.anthropic(ModelRouting.single("claude-sonnet-5-5"));
        Map<String, AgentReport> reports = specialistsReports();

        single.complete(Requests.of(
                "financial", Map.of("analyst", reports.get("analyst"), "commercial", reports.get("commercial"))));
        JsonNode financial = fake.last().json();
        single.complete(Requests.of("reviewer", reports));
        JsonNode chair = fake.last().json();

        // Breakpoints after the rules, the analyst's report and the commercial one, in both requests: the chair
        // reads the financial analyst's whole prefix.
        for (JsonNode body : List.of(financial, chair)) {
            JsonNode system = body.get("system");
            assertThat(system.size()).isEqualTo(5);
            for (int i = 1; i <= 3; i++)
                assertThat(system.get(i).has("cache_control")).isTrue();
            assertThat(system.get(4).has("cache_control")).isFalse();
        }
        assertThat(chair.get("system").get(3)).isEqualTo(financial.get("system").get(3));
    }

    @Test
    void routesTheChairToTheStrongerModel() throws Exception {
        fake.then(toolAnswer("claude-sonnet-5-5-20260928", Reports.valid("reviewer"), Tokens.of(900, 300)));

        Completion completion = model.complete(Requests.of("reviewer", Map.of()));

        assertThat(fake.last().json().get("model").asString()).isEqualTo("claude-sonnet-5-5");
        assertThat(completion.model()).isEqualTo("claude-sonnet-5-5");
    }

    @Test
    void returnsTheToolInputAsJsonWithUsageIncludingCacheTokens() throws Exception {
        fake.then(toolAnswer("claude-haiku-4-5-20251001", Reports.valid("analyst"), new Tokens(120, 640, 2100, 0)));

        Completion completion = model.complete(Requests.of("analyst"));

        assertThat(Json.mapper().readTree(completion.content()))
                .isEqualTo(Json.mapper().readTree(Reports.valid("analyst")));
        assertThat(completion.usage()).isEqualTo(new TokenUsage(120, 640, 2100, 0));
        assertThat(completion.model()).isEqualTo("claude-haiku-4-5");
        assertThat(completion.latency()).isPositive();
    }

    @Test
    void costsCacheReadsAndWritesAtTheirOwnPrices() throws Exception {
        fake.then(toolAnswer("claude-haiku-4-5", Reports.valid("analyst"), new Tokens(1_000, 2_000, 100_000, 10_000)));

        Completion completion = model.complete(Requests.of("analyst"));

        // haiku-4-5: input 1, output 5, cache write 1.25, cache read 0.10 USD per million tokens
        double expected = (1_000 * 1 + 2_000 * 5 + 10_000 * 1.25 + 100_000 * 0.10) / 1_000_000d;
        assertThat(PriceTable.defaults().costUsd(completion.model(), completion.usage()))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void streamsTheAnswerFragmentsAndReadsUsageFromTheStreamEvents() throws Exception {
        String answer = Reports.valid("analyst");
        fake.then(AnthropicReplies.toolStream("claude-haiku-4-5", answer, new Tokens(80, 700, 1500, 300), 6));
        List<String> deltas = new ArrayList<>();

        Completion completion = model.complete(Requests.of("analyst"), deltas::add);

        assertThat(fake.last().json().get("stream").asBoolean()).isTrue();
        assertThat(deltas).hasSizeGreaterThan(1);
        assertThat(String.join("", deltas)).isEqualTo(answer);
        assertThat(completion.content()).isEqualTo(answer);
        assertThat(completion.usage()).isEqualTo(new TokenUsage(80, 700, 1500, 300));
    }

    @Test
    void handsProseBackToTheEngineWhenTheModelIgnoresTheTool() throws Exception {
        fake.then(AnthropicReplies.textAnswer("claude-haiku-4-5", "I think sales fell because...", Tokens.of(9, 9)));

        Completion completion = model.complete(Requests.of("analyst"));

        assertThat(completion.content()).isEqualTo("I think sales fell because...");
    }

    @Test
    void firstCallWithANewSharedPrefixGoesAloneAndTheOthersFollowOnceItStarted() throws Exception {
        fake.otherwise(r -> toolAnswer("claude-sonnet-4-5", Reports.valid("x"), Tokens.of(9, 9))
                .after(Duration.ofMillis(400)));
        // Sonnet 4.5 caches a prefix from 1,024 tokens, which the tool and the brief reach.
        var sonnet = fake.anthropic(ModelRouting.single("claude-sonnet-4-5"));
        var analyst = Requests.of("analyst");
        var market = Requests.of("market");
        long t0 = System.nanoTime();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var a = pool.submit(() -> sonnet.complete(analyst));
            Thread.sleep(50);
            var b = pool.submit(() -> sonnet.complete(market));
            a.get();
            b.get();
        }
        assertThat(fake.count()).isEqualTo(2);
        // The second request left only after the first one's answer had arrived (non-streamed: its end).
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        assertThat(elapsed).isGreaterThanOrEqualTo(800);
    }

    @Test
    void aSharedPrefixTooShortForTheModelsCacheIsNotWarmedFirst() throws Exception {
        // Haiku 4.5 caches nothing under 4,096 tokens; the tool and the brief are far from it, so both calls go
        // at once. The first answer waits for the second request: were the calls in turn, it would wait in vain.
        var secondArrived = new java.util.concurrent.CountDownLatch(2);
        var sawTheOtherInFlight = new java.util.concurrent.atomic.AtomicBoolean();
        fake.otherwise(r -> {
            secondArrived.countDown();
            try {
                if (secondArrived.await(3, java.util.concurrent.TimeUnit.SECONDS)) sawTheOtherInFlight.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return toolAnswer("claude-haiku-4-5", Reports.valid("x"), Tokens.of(9, 9));
        });
        assertThat(AnthropicRequests.sharedPrefixMayBeCached(Requests.of("analyst"), "claude-haiku-4-5", 1))
                .isFalse();
        assertThat(AnthropicRequests.sharedPrefixMayBeCached(Requests.of("analyst"), "claude-sonnet-4-5", 1))
                .isTrue();

        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var a = pool.submit(() -> model.complete(Requests.of("analyst")));
            Thread.sleep(50);
            var b = pool.submit(() -> model.complete(Requests.of("market")));
            a.get();
            b.get();
        }

        assertThat(fake.count()).isEqualTo(2);
        assertThat(sawTheOtherInFlight).isTrue();
    }

    @Test
    void asksForStrictToolUseOnlyWhenConfigured() throws Exception {
        fake.otherwise(r -> toolAnswer("claude-haiku-4-5", Reports.valid("analyst"), Tokens.of(9, 9)));
        var strict = AnthropicModel.create(
                AnthropicSettings.defaults("test-key")
                        .withBaseUrl(fake.baseUrl())
                        .withStrictTools(true),
                Clock.systemUTC(),
                new Waits());

        model.complete(Requests.of("analyst"));
        strict.complete(Requests.of("analyst"));

        assertThat(fake.requests().get(0).json().get("tools").get(0).has("strict"))
                .isFalse();
        assertThat(fake.requests()
                        .get(1)
                        .json()
                        .get("tools")
                        .get(0)
                        .get("strict")
                        .asBoolean())
                .isTrue();
    }
}
