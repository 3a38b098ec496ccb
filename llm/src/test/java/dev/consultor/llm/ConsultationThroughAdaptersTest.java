package dev.consultor.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.AdvisorOutcome;
import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.llm.anthropic.AnthropicModel;
import dev.consultor.llm.anthropic.AnthropicSettings;
import dev.consultor.llm.fake.AnthropicReplies;
import dev.consultor.llm.fake.AnthropicReplies.Tokens;
import dev.consultor.llm.fake.Board;
import dev.consultor.llm.fake.FakeProvider;
import dev.consultor.llm.fake.OpenAiReplies;
import dev.consultor.llm.fake.Reports;
import dev.consultor.llm.fake.Requests;
import dev.consultor.llm.fake.Waits;
import dev.consultor.llm.openai.OpenAiCompatibleModel;
import dev.consultor.llm.openai.OpenAiSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A whole consultation through each adapter and the real engine: the market specialist's first answer is not a
 * report and is repaired on the second try; the financial analyst's provider keeps failing, so the consultation
 * ends degraded, with the cause, and the reviewer still answers with the gap noted.
 */
class ConsultationThroughAdaptersTest {
    private final FakeProvider fake = FakeProvider.start();
    private final Brief brief = Requests.brief();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        fake.close();
    }

    private FakeProvider.Reply answer(
            FakeProvider.Recorded request,
            BiFunction<String, FakeProvider.Recorded, FakeProvider.Reply> valid,
            FakeProvider.Reply failure,
            java.util.function.Function<FakeProvider.Recorded, FakeProvider.Reply> invalid) {
        String advisor = Board.advisorOf(request, brief.language());
        int n = calls.computeIfAbsent(advisor, a -> new AtomicInteger()).incrementAndGet();
        if (advisor.equals("financial")) return failure;
        if (advisor.equals("market") && n == 1) return invalid.apply(request);
        return valid.apply(advisor, request);
    }

    @Test
    void anthropicConsultationRepairsOneAnswerAndDegradesWhenOneAdvisorKeepsFailing() {
        // The default models are Claude 5 models: the fake refuses, as the API does, a forced tool while they think.
        fake.otherwise(r -> AnthropicReplies.thinkingRefusal(r.json(), Set.of())
                .<FakeProvider.Reply>map(refusal -> refusal)
                .orElseGet(() -> anthropicAnswer(r)));
        LanguageModel model = AnthropicModel.create(
                AnthropicSettings.defaults("test-key").withBaseUrl(fake.baseUrl()), Clock.systemUTC(), new Waits());

        var events = new CopyOnWriteArrayList<ProgressEvent>();
        Consultation consultation =
                new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults()).run(brief, events::add);

        assertDegradedWithRepairedMarketAndFailedFinancial(consultation);
        assertThat(fake.requests())
                .allSatisfy(r -> assertThat(r.json().get("thinking").get("type").asString())
                        .isEqualTo("disabled"));
        var chair = consultation.report("reviewer").orElseThrow().recommendations();
        assertThat(chair)
                .extracting(r -> r.title())
                .containsExactly("Set a price floor for the core line", "Audit lost deals of the last quarter");
        assertThat(chair.get(1).evidence().get(0)).isEqualTo("Adotada de analyst-1 (Analista de Negócios).");
        assertThat(events)
                .anyMatch(e ->
                        e instanceof ProgressEvent.TextDelta d && d.advisor().equals("analyst"));
        assertThat(consultation.usage().tokens().cacheReadTokens()).isPositive();
        assertThat(consultation.usage().costUsd()).isPositive();
        var marketRequests = fake.requests().stream()
                .filter(r -> Board.advisorOf(r, brief.language()).equals("market"))
                .toList();
        assertThat(marketRequests.get(1).body()).contains("Your previous answer was rejected");
    }

    private FakeProvider.Reply anthropicAnswer(FakeProvider.Recorded r) {
        String answered = r.json().get("model").asString();
        return answer(
                r,
                (advisor, req) -> {
                    // The chair backs the analyst's move by id, inside the streamed tool input.
                    String report = advisor.equals("reviewer")
                            ? Reports.adopting(advisor, "analyst-1")
                            : Reports.valid(advisor);
                    return req.json().path("stream").asBoolean(false)
                            ? AnthropicReplies.toolStream(answered, report, new Tokens(300, 600, 1200, 0), 4)
                            : AnthropicReplies.toolAnswer(answered, report, new Tokens(300, 600, 1200, 0));
                },
                AnthropicReplies.error(500, "api_error", "Internal server error"),
                req -> AnthropicReplies.toolStream(answered, Reports.invalid(), Tokens.of(300, 20), 2));
    }

    @Test
    void openAiCompatibleConsultationRepairsOneAnswerAndDegradesWhenOneAdvisorKeepsFailing() {
        fake.otherwise(r -> answer(
                r,
                (advisor, req) -> OpenAiReplies.chat("llama3.1", Reports.valid(advisor), 900, 600, 0),
                OpenAiReplies.error(503, "server_error", null, "the model is loading"),
                req -> OpenAiReplies.chat("llama3.1", "{\"summary\": \"cut off mid-sent", 900, 4096, 0)));
        LanguageModel model = OpenAiCompatibleModel.create(
                OpenAiSettings.defaults(fake.baseUrl() + "/v1", null, "llama3.1"), Clock.systemUTC(), new Waits());

        Consultation consultation =
                new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults()).run(brief, e -> {});

        assertDegradedWithRepairedMarketAndFailedFinancial(consultation);
    }

    private void assertDegradedWithRepairedMarketAndFailedFinancial(Consultation consultation) {
        assertThat(consultation.status()).isEqualTo(ConsultationStatus.DEGRADED);
        Map<String, AdvisorOutcome> outcomes = new java.util.HashMap<>();
        consultation.outcomes().forEach(o -> outcomes.put(o.advisor(), o));
        assertThat(outcomes.get("analyst")).isInstanceOf(AdvisorOutcome.Completed.class);
        assertThat(outcomes.get("commercial")).isInstanceOf(AdvisorOutcome.Completed.class);
        assertThat(outcomes.get("market")).isInstanceOf(AdvisorOutcome.Completed.class);
        assertThat(outcomes.get("reviewer")).isInstanceOf(AdvisorOutcome.Completed.class);
        assertThat(outcomes.get("financial"))
                .isInstanceOfSatisfying(
                        AdvisorOutcome.Failed.class, f -> assertThat(f.cause()).endsWith("tried 3 times"));
        assertThat(consultation.errors()).anySatisfy(e -> assertThat(e).contains("tried 3 times"));
        assertThat(calls.get("market")).hasValue(2);
        assertThat(calls.get("financial")).hasValue(3);
        assertThat(calls.get("reviewer")).hasValue(1);
        var reviewer = fake.requests().stream()
                .filter(r -> Board.advisorOf(r, brief.language()).equals("reviewer"))
                .findFirst()
                .orElseThrow();
        assertThat(reviewer.body()).contains("RELATÓRIO INDISPONÍVEL");
        // Five answers were billed: analyst, commercial, market twice, reviewer; the failed attempts were not.
        assertThat(consultation.usage().calls()).isEqualTo(5);
    }
}
