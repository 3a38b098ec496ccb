package dev.consultor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.ModelRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class ConsultationEngineTest {
    private static final Brief BRIEF = Brief.of(
            "Nossas vendas caíram 20% nos últimos 3 meses e os concorrentes crescem.",
            BusinessType.B2B, Depth.STANDARD, LocalDate.of(2026, 11, 29));

    private static Consultation run(Roster roster, ScriptedModel model, EngineSettings settings) {
        return new ConsultationEngine(roster, model, settings).run(BRIEF, ProgressListener.NONE);
    }

    @Test
    void defaultGraphTakesTheCriticalPathNotTheSumOfAdvisors() {
        run(Roster.defaults(), ScriptedModel.fixed(Duration.ZERO), EngineSettings.defaults()); // warm up the JVM
        long l = 500;

        Consultation c = run(Roster.defaults(), ScriptedModel.fixed(Duration.ofMillis(l)), EngineSettings.defaults());

        // analyst -> commercial -> financial -> reviewer is 4L; one advisor after another would be 5L. The margin
        // is for a loaded machine; the scheduling benchmark measures the real overhead.
        assertThat(c.durationMs()).isGreaterThanOrEqualTo(4 * l).isLessThan(5 * l - 50);
    }

    @Test
    void independentAdvisorsRunAtTheSameTime() {
        // commercial and market both depend only on the analyst: each waits (up to 5 s) for the other to start.
        var bothStarted = new java.util.concurrent.CountDownLatch(2);
        var overlapped = new java.util.concurrent.atomic.AtomicBoolean();
        var model = new ScriptedModel(role -> Duration.ZERO, r -> {
            if (r.role().equals("commercial") || r.role().equals("market")) {
                bothStarted.countDown();
                try {
                    if (bothStarted.await(5, java.util.concurrent.TimeUnit.SECONDS)) overlapped.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ScriptedModel.validReport(r.role());
        });

        Consultation c = run(Roster.defaults(), model, EngineSettings.defaults());

        assertThat(c.status()).isEqualTo(ConsultationStatus.COMPLETED);
        assertThat(overlapped).isTrue();
        assertThat(Roster.defaults().criticalPath()).containsExactly("analyst", "commercial", "financial", "reviewer");
    }

    @Test
    void advisorStartsAsSoonAsItsOwnDependenciesFinishNotWhenTheLayerFinishes() {
        // financial needs analyst and commercial, not market: market holds its answer until financial has started.
        assertThat(financialStartsWhileMarketIsStillWorking(Roster.defaults())).isTrue();
        // under layer barriers financial waits for the whole previous layer, market included
        assertThat(financialStartsWhileMarketIsStillWorking(Roster.defaults().withLayerBarriers()))
                .isFalse();
    }

    private static boolean financialStartsWhileMarketIsStillWorking(Roster roster) {
        var financialStarted = new java.util.concurrent.CountDownLatch(1);
        var sawFinancial = new java.util.concurrent.atomic.AtomicBoolean();
        var model = new ScriptedModel(role -> Duration.ZERO, r -> {
            if (r.role().equals("financial")) financialStarted.countDown();
            if (r.role().equals("market")) {
                try {
                    sawFinancial.set(financialStarted.await(1, java.util.concurrent.TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ScriptedModel.validReport(r.role());
        });
        assertThat(run(roster, model, EngineSettings.defaults()).status()).isEqualTo(ConsultationStatus.COMPLETED);
        return sawFinancial.get();
    }

    @Test
    void slowAdvisorTimesOutAndTheConsultationIsDegradedNotCompleted() {
        var model = new ScriptedModel(
                role -> role.equals("market") ? Duration.ofSeconds(30) : Duration.ZERO,
                r -> ScriptedModel.validReport(r.role()));
        var settings = EngineSettings.defaults().withCallTimeout(Duration.ofMillis(300));

        Consultation c = run(Roster.defaults(), model, settings);

        assertThat(c.status()).isEqualTo(ConsultationStatus.DEGRADED);
        var market = c.outcomes().stream()
                .filter(o -> o.advisor().equals("market"))
                .findFirst()
                .orElseThrow();
        assertThat(market).isInstanceOfSatisfying(AdvisorOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo("timeout");
            assertThat(f.cause()).contains("did not answer within");
        });
        assertThat(c.durationMs()).isLessThan(5_000);
        assertThat(c.errors()).anySatisfy(e -> assertThat(e).contains("Especialista de Mercado"));
    }

    @Test
    void failedAdvisorIsIsolatedAndDependentsAreToldItsReportIsUnavailable() {
        var model = new ScriptedModel(
                role -> Duration.ZERO, r -> r.role().equals("commercial") ? null : ScriptedModel.validReport(r.role()));

        Consultation c = run(Roster.defaults(), model, EngineSettings.defaults());

        assertThat(c.status()).isEqualTo(ConsultationStatus.DEGRADED);
        assertThat(c.report("financial")).isPresent();
        assertThat(c.report("reviewer")).isPresent();
        assertThat(c.report("commercial")).isEmpty();
        ModelRequest financial = model.requests.stream()
                .filter(r -> r.role().equals("financial"))
                .findFirst()
                .orElseThrow();
        assertThat(financial.context())
                .extracting(ContextBlock::label)
                .contains("unavailable:commercial", "dependency:analyst");
        String note = financial.context().stream()
                .filter(b -> b.label().equals("unavailable:commercial"))
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(note).contains("RELATÓRIO INDISPONÍVEL").contains("provider unreachable");
    }

    @Test
    void everyAdvisorFailingMakesTheConsultationFailed() {
        var model = new ScriptedModel(role -> Duration.ZERO, r -> null);

        Consultation c = run(Roster.defaults(), model, EngineSettings.defaults());

        assertThat(c.status()).isEqualTo(ConsultationStatus.FAILED);
        assertThat(c.errors()).hasSize(5);
    }

    @Test
    void invalidAnswerIsRepairedOnceWithTheValidationErrorThenTheAdvisorFailsCleanly() {
        var model = new ScriptedModel(role -> Duration.ZERO, r -> {
            if (r.role().equals("analyst")) {
                boolean repairing = r.context().stream().anyMatch(b -> b.label().equals("repair"));
                return repairing ? ScriptedModel.validReport("analyst") : "{\"summary\": \"cut off";
            }
            if (r.role().equals("market")) return "{\"summary\": \"\"}";
            return ScriptedModel.validReport(r.role());
        });

        Consultation c = run(Roster.defaults(), model, EngineSettings.defaults());

        assertThat(c.report("analyst")).isPresent();
        assertThat(model.callsOf("analyst")).isEqualTo(2);
        assertThat(model.callsOf("market")).isEqualTo(2);
        assertThat(c.report("market")).isEmpty();
        assertThat(c.errors()).anySatisfy(e -> assertThat(e).contains("not a valid report"));
        assertThat(c.status()).isEqualTo(ConsultationStatus.DEGRADED);
    }

    @Test
    void anAnswerThatIsNotAnObjectOrIsFencedIsHandledLikeAnyOther() {
        var model = new ScriptedModel(role -> Duration.ZERO, r -> {
            boolean repairing = r.context().stream().anyMatch(b -> b.label().equals("repair"));
            return switch (r.role()) {
                // Empty, null and a list are no report: each is sent back once, then the advisor fails cleanly.
                case "analyst" -> repairing ? ScriptedModel.validReport("analyst") : "";
                case "market" -> repairing ? "[]" : "null";
                // Some models fence their JSON even when told not to.
                case "commercial" -> "```json\n" + ScriptedModel.validReport("commercial") + "\n```";
                default -> ScriptedModel.validReport(r.role());
            };
        });

        Consultation c = run(Roster.defaults(), model, EngineSettings.defaults());

        assertThat(c.report("analyst")).isPresent();
        assertThat(c.report("commercial")).isPresent();
        assertThat(model.callsOf("commercial")).isEqualTo(1);
        assertThat(model.callsOf("market")).isEqualTo(2);
        assertThat(c.report("market")).isEmpty();
        assertThat(c.errors()).anySatisfy(e -> assertThat(e).contains("not a valid report"));
        assertThat(c.status()).isEqualTo(ConsultationStatus.DEGRADED);
    }

    @Test
    void progressEventsReportEachAdvisorAndTheEnd() {
        var events = new ConcurrentLinkedQueue<ProgressEvent>();
        var model = ScriptedModel.fixed(Duration.ZERO);

        new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults()).run(BRIEF, events::add);

        assertThat(events.stream().filter(e -> e instanceof ProgressEvent.AdvisorStarted))
                .hasSize(5);
        assertThat(events.stream().filter(e -> e instanceof ProgressEvent.AdvisorFinished))
                .hasSize(5);
        assertThat(List.copyOf(events).getLast()).isInstanceOf(ProgressEvent.ConsultationFinished.class);
    }

    @Test
    void usageAddsUpCallsTokensAndCostFromThePriceTable() {
        var model = ScriptedModel.fixed(Duration.ZERO);
        var prices = EngineSettings.defaults()
                .prices()
                .with(Map.of("scripted", new dev.consultor.engine.model.ModelPrice(3, 15, 3.75, 0.3)));

        Consultation c = run(Roster.defaults(), model, EngineSettings.defaults().withPrices(prices));

        assertThat(c.usage().calls()).isEqualTo(5);
        assertThat(c.usage().tokens().inputTokens()).isEqualTo(5000);
        assertThat(c.usage().tokens().outputTokens()).isEqualTo(1000);
        // 5 x (1000 x 3 + 200 x 15) / 1e6 = 0.03 USD
        assertThat(c.usage().costUsd()).isEqualTo(0.03);
    }

    @Test
    void checkpointedReportsAreReusedWithoutCallingTheModel() {
        var first = run(Roster.defaults(), ScriptedModel.fixed(Duration.ZERO), EngineSettings.defaults());
        var model = ScriptedModel.fixed(Duration.ZERO);
        var saved = Map.of(
                "analyst",
                first.report("analyst").orElseThrow(),
                "commercial",
                first.report("commercial").orElseThrow());

        var resumed = new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults())
                .run("resumed", BRIEF, ProgressListener.NONE, saved);

        assertThat(resumed.status()).isEqualTo(ConsultationStatus.COMPLETED);
        assertThat(model.callsOf("analyst")).isZero();
        assertThat(model.callsOf("commercial")).isZero();
        assertThat(model.callsOf("market")).isEqualTo(1);
    }

    @Test
    void interruptingTheCallerStopsFurtherCallsAndSkipsUnfinishedAdvisors() throws Exception {
        var model = ScriptedModel.fixed(Duration.ofSeconds(2));
        var engine = new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults());
        var result = new java.util.concurrent.atomic.AtomicReference<Consultation>();
        Thread runner = Thread.ofVirtual().start(() -> result.set(engine.run(BRIEF, ProgressListener.NONE)));
        Thread.sleep(300);
        runner.interrupt();
        runner.join(5_000);

        assertThat(result.get()).isNotNull();
        assertThat(result.get().outcomes()).allMatch(o -> o instanceof AdvisorOutcome.Skipped);
        assertThat(model.callsOf("commercial")).isZero();
    }
}
