package dev.consultor.llm.anthropic;

import static dev.consultor.llm.fake.AnthropicReplies.error;
import static dev.consultor.llm.fake.AnthropicReplies.toolAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.consultor.engine.model.ModelException;
import dev.consultor.engine.model.ModelException.Kind;
import dev.consultor.llm.fake.AnthropicReplies;
import dev.consultor.llm.fake.AnthropicReplies.Tokens;
import dev.consultor.llm.fake.FakeProvider;
import dev.consultor.llm.fake.MutableClock;
import dev.consultor.llm.fake.Reports;
import dev.consultor.llm.fake.Requests;
import dev.consultor.llm.fake.Waits;
import dev.consultor.llm.provider.ProviderHealth;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicResilienceTest {
    private static final String MODEL = "claude-haiku-4-5";

    private final FakeProvider fake = FakeProvider.start();
    private final Waits waits = new Waits();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private AnthropicModel model = model(AnthropicSettings.defaults("test-key"));

    private AnthropicModel model(AnthropicSettings settings) {
        return AnthropicModel.create(
                settings.withBaseUrl(fake.baseUrl()).withCallTimeout(Duration.ofSeconds(5)), clock, waits);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static FakeProvider.Body answer() {
        return toolAnswer(MODEL, Reports.valid("analyst"), Tokens.of(10, 10));
    }

    @Test
    void retriesA429AfterTheWaitItAskedFor() throws Exception {
        fake.then(
                error(429, "rate_limit_error", "Number of requests has exceeded your rate limit")
                        .withHeader("retry-after", "7"),
                answer());

        model.complete(Requests.of("analyst"));

        assertThat(fake.count()).isEqualTo(2);
        assertThat(waits.all()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void readsRetryAfterGivenAsAnHttpDate() throws Exception {
        String in12s = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                clock.instant().plusSeconds(12).atZone(ZoneOffset.UTC));
        fake.then(error(429, "rate_limit_error", "slow down").withHeader("retry-after", in12s), answer());

        model.complete(Requests.of("analyst"));

        assertThat(waits.all()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void failsAtOnceWhenTheProviderAsksToWaitLongerThanWeWould() {
        fake.then(error(429, "rate_limit_error", "slow down").withHeader("retry-after", "3600"), answer());

        var e = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).contains("rate limited by the provider", "3600 s");
        assertThat(fake.count()).isEqualTo(1);
        assertThat(waits.all()).isEmpty();
    }

    @Test
    void givesUpARateLimitAfterThreeAttempts() {
        fake.otherwise(r -> error(429, "rate_limit_error", "slow down").withHeader("retry-after", "1"));

        var e = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).startsWith("rate limited by the provider").endsWith("tried 3 times");
        assertThat(fake.count()).isEqualTo(3);
    }

    @Test
    void retriesOverloadedAndServerErrorsWithGrowingBackoff() throws Exception {
        fake.then(error(529, "overloaded_error", "Overloaded"), error(500, "api_error", "Internal error"), answer());

        model.complete(Requests.of("analyst"));

        assertThat(fake.count()).isEqualTo(3);
        assertThat(waits.all()).hasSize(2);
        // Full jitter between half the step and the step: 250..500 ms, then 500..1000 ms.
        assertThat(waits.all().get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(waits.all().get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void makesAtMostThreeAttempts() {
        fake.otherwise(r -> error(529, "overloaded_error", "Overloaded"));

        var e = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.OVERLOADED);
        assertThat(e.getMessage()).isEqualTo("Anthropic is overloaded: Overloaded, tried 3 times");
        assertThat(fake.count()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({
        "400, invalid_request_error, max_tokens is too large, INVALID_REQUEST, Anthropic rejected the request",
        "401, authentication_error, invalid x-api-key, AUTHENTICATION, invalid API key for Anthropic",
        "403, permission_error, not allowed, AUTHENTICATION, the API key is not allowed",
        "404, not_found_error, model: claude-nope, NOT_FOUND, model not found: claude-haiku-5-5",
        "413, request_too_large, Request exceeds the maximum size, INVALID_REQUEST, too large",
        "400, invalid_request_error, Your credit balance is too low to access the Anthropic API, REFUSED, billing",
        "400, invalid_request_error, You have reached your specified API usage limits, REFUSED, billing",
        "402, billing_error, Payment is overdue, REFUSED, billing",
    })
    void neverRetriesWhatAnotherAttemptCannotCure(int status, String type, String message, Kind kind, String says) {
        fake.otherwise(r -> error(status, type, message));

        var e = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).contains(says).doesNotContain("tried");
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void retriesAConnectionReset() throws Exception {
        fake.then(FakeProvider.reset(), answer());

        model.complete(Requests.of("analyst"));

        assertThat(fake.count()).isEqualTo(2);
    }

    @Test
    void retriesATruncatedBody() throws Exception {
        fake.then(FakeProvider.truncated("{\"id\":\"msg_1\",\"type\":\"mess"), answer());

        model.complete(Requests.of("analyst"));

        assertThat(fake.count()).isEqualTo(2);
    }

    @Test
    void retriesABodyThatIsNotJson() throws Exception {
        fake.then(FakeProvider.json(200, "<html>bad gateway</html>"), answer());

        model.complete(Requests.of("analyst"));

        assertThat(fake.count()).isEqualTo(2);
    }

    @Test
    void retriesAStreamThatFailsWithAnOverloadedEvent() throws Exception {
        fake.then(
                AnthropicReplies.streamFailing(MODEL, "overloaded_error", "Overloaded"),
                AnthropicReplies.toolStream(MODEL, Reports.valid("analyst"), Tokens.of(10, 10), 3));

        var completion = model.complete(Requests.of("analyst"), delta -> {});

        assertThat(fake.count()).isEqualTo(2);
        assertThat(completion.content()).isEqualTo(Reports.valid("analyst"));
    }

    @Test
    void reportsAnUnreachableProviderWithItsAddress() {
        fake.close();
        var e = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage())
                .contains("provider unreachable at " + fake.baseUrl())
                .endsWith("tried 3 times");
    }

    @Test
    void opensTheBreakerAfterRepeatedFailuresFailsFastAndHalfOpensAfterTheCoolDown() throws Exception {
        model = model(AnthropicSettings.defaults("test-key").withBreaker(3, Duration.ofSeconds(30)));
        fake.otherwise(r -> error(500, "api_error", "Internal error"));

        assertThatThrownBy(() -> model.complete(Requests.of("analyst"))).isInstanceOf(ModelException.class);
        assertThat(fake.count()).isEqualTo(3);
        assertThat(model.health().state()).isEqualTo(ProviderHealth.State.OPEN);
        assertThat(model.health().lastError())
                .hasValueSatisfying(m -> assertThat(m).contains("HTTP 500"));

        var fast = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));
        assertThat(fast.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
        assertThat(fast.getMessage()).contains("calls to anthropic are paused", "3 failures in a row");
        assertThat(fake.count()).isEqualTo(3);

        clock.advance(Duration.ofSeconds(31));
        assertThat(model.health().state()).isEqualTo(ProviderHealth.State.HALF_OPEN);
        fake.otherwise(r -> answer());
        model.complete(Requests.of("analyst"));
        assertThat(fake.count()).isEqualTo(4);
        assertThat(model.health().state()).isEqualTo(ProviderHealth.State.CLOSED);
    }

    @Test
    void aFailedProbeOpensTheBreakerAgain() {
        model = model(AnthropicSettings.defaults("test-key").withBreaker(2, Duration.ofSeconds(30)));
        fake.otherwise(r -> error(529, "overloaded_error", "Overloaded"));
        assertThatThrownBy(() -> model.complete(Requests.of("analyst"))).isInstanceOf(ModelException.class);
        assertThat(fake.count()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(31));
        var probe = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));

        assertThat(fake.count()).isEqualTo(3);
        assertThat(probe.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
        assertThat(model.health().state()).isEqualTo(ProviderHealth.State.OPEN);
    }

    @Test
    void timesOutASlowAnswerWithoutRetrying() {
        model = AnthropicModel.create(
                AnthropicSettings.defaults("test-key")
                        .withBaseUrl(fake.baseUrl())
                        .withCallTimeout(Duration.ofMillis(700)),
                clock,
                waits);
        fake.otherwise(r -> answer().after(Duration.ofSeconds(3)));

        var e = catchThrowableOfType(ModelException.class, () -> model.complete(Requests.of("analyst")));

        assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.TIMEOUT);
        assertThat(fake.count()).isEqualTo(1);
    }

    @Test
    void interruptingTheCallerStopsTheCallAndAnyFurtherAttempt() throws Exception {
        fake.then(error(529, "overloaded_error", "Overloaded")).otherwise(r -> answer().after(Duration.ofSeconds(10)));
        var thrown = new AtomicReference<Throwable>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                model.complete(Requests.of("analyst"));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        assertThat(fake.awaitRequest(Duration.ofSeconds(5))).isTrue();
        assertThat(fake.awaitRequest(Duration.ofSeconds(5))).isTrue();
        long t0 = System.nanoTime();

        caller.interrupt();
        caller.join(Duration.ofSeconds(5));

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        Thread.sleep(300);
        assertThat(fake.count()).isEqualTo(2);
    }
}
