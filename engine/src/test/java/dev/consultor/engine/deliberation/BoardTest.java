package dev.consultor.engine.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.conflict.ConflictKind;
import dev.consultor.engine.deliberation.conflict.Severity;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.ConflictIntent;
import dev.consultor.engine.model.Intent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BoardTest {

    static Consultation run(Depth depth, DeliberationSettings settings, FakeModel model, List<ProgressEvent> events) {
        var engine = new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults(), settings);
        return engine.run(Harness.brief(Language.EN, depth), events::add);
    }

    @ParameterizedTest
    @EnumSource(Depth.class)
    void modelCallsStayWithinTheBoundOfTheDepth(Depth depth) {
        var model = new FakeModel(Board5::answer);
        Consultation c = run(depth, DeliberationSettings.defaults(), model, new CopyOnWriteArrayList<>());
        int bound = switch (depth) {
            case QUICK -> 6;
            case STANDARD -> 12;
            case DEEP -> 24;
        };
        assertThat(model.requests()).hasSizeLessThanOrEqualTo(bound);
        assertThat(c.usage().calls()).isEqualTo(model.requests().size());
        assertThat(c.deliberation().bounds().calls()).isEqualTo(model.requests().size());
        assertThat(c.stageUsage()).extracting(StageUsage::stage).contains("analysis");
        if (depth == Depth.QUICK) assertThat(model.requests()).hasSize(5);
        if (depth == Depth.DEEP) {
            assertThat(model.calls("peer_review")).isEqualTo(4);
            assertThat(model.calls("meeting")).isEqualTo(5);
        }
    }

    @Test
    void aMeetingTheBoundCannotPayForIsSkippedAndReported() {
        var tight = new DeliberationSettings(Severity.MEDIUM, 2, 3, 4, 1024, 60_000, true, 6, 8, 24);
        var model = new FakeModel(Board5::answer);
        var events = new CopyOnWriteArrayList<ProgressEvent>();
        Consultation c = run(Depth.STANDARD, tight, model, events);
        assertThat(c.deliberation().conflicts()).anyMatch(x -> x.severity().atLeast(Severity.HIGH));
        assertThat(c.deliberation().meeting()).isNull();
        assertThat(model.calls("meeting")).isZero();
        assertThat(c.deliberation().skipped()).extracting(SkippedStage::stage).contains("meeting");
        assertThat(events)
                .anyMatch(e ->
                        e instanceof ProgressEvent.StageSkipped s && s.stage().equals("meeting"));
        assertThat(c.errors()).anyMatch(e -> e.startsWith("meeting:"));
        assertThat(c.deliberation().decisions())
                .isNotEmpty()
                .allMatch(d -> d.adoptedBy().equals("chair"));
        assertThat(model.requests()).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void theOutputTokenCapSkipsStagesInsteadOfRunningThem() {
        var model = new FakeModel(Board5::answer);
        Consultation c = run(
                Depth.DEEP,
                DeliberationSettings.defaults().withMaxOutputTokens(1_000),
                model,
                new CopyOnWriteArrayList<>());
        assertThat(model.requests()).hasSize(5);
        assertThat(c.deliberation().meeting()).isNull();
        assertThat(c.deliberation().peerReview()).isNull();
        assertThat(c.deliberation().skipped()).extracting(SkippedStage::stage).contains("meeting", "peer_review");
        assertThat(c.artifacts()).isNotNull();
    }

    @Test
    void theModelAssistedPassKeepsOnlyConflictsCitingTwoExistingRecommendations() {
        Function<Intent, String> answers = intent -> intent instanceof ConflictIntent ? """
                  {"conflicts": [
                    {"topic": "Reposition vs committee", "type": "strategic", "recommendation_a": "market-1",
                     "recommendation_b": "analyst-1", "reasoning": "cannot staff both"},
                    {"topic": "Invented", "type": "risk", "recommendation_a": "market-1",
                     "recommendation_b": "market-9", "reasoning": "cites a recommendation that does not exist"},
                    {"topic": "Same advisor", "type": "risk", "recommendation_a": "commercial-1",
                     "recommendation_b": "commercial-1", "reasoning": "one advisor cannot conflict with itself"}
                  ]}
                  """ : Board5.answer(intent);
        var model = new FakeModel(answers);
        Consultation c = run(Depth.DEEP, DeliberationSettings.defaults(), model, new CopyOnWriteArrayList<>());
        var modelFound = c.deliberation().conflicts().stream()
                .filter(x -> x.kind() == ConflictKind.MODEL_FOUND)
                .toList();
        assertThat(modelFound).singleElement().satisfies(x -> {
            assertThat(x.topic()).isEqualTo("Reposition vs committee");
            assertThat(x.positions())
                    .extracting(p -> p.recommendationId())
                    .containsExactlyInAnyOrder("market-1", "analyst-1");
        });
        assertThat(model.calls("conflicts")).isEqualTo(1);
    }

    @Test
    void standardDepthKeepsItsCallsForDebateAndTheMeeting() {
        var model = new FakeModel(Board5::answer, true);
        run(Depth.STANDARD, DeliberationSettings.defaults(), model, new CopyOnWriteArrayList<>());
        assertThat(model.calls("conflicts")).isZero();
        assertThat(model.calls("debate")).isPositive();
        assertThat(model.calls("meeting")).isEqualTo(5);
    }

    @Test
    void theOfflineModelIsNeverAskedForExtraConflicts() {
        var model = new FakeModel(Board5::answer, false);
        run(Depth.DEEP, DeliberationSettings.defaults(), model, new CopyOnWriteArrayList<>());
        assertThat(model.calls("conflicts")).isZero();
    }

    @Test
    void findsTheBudgetAndStanceConflictsOfTheBoardAndReportsThemAsTheyAreFound() {
        var events = new CopyOnWriteArrayList<ProgressEvent>();
        Consultation c =
                run(Depth.STANDARD, DeliberationSettings.defaults(), new FakeModel(Board5::answer, false), events);
        assertThat(c.deliberation().conflicts())
                .extracting(x -> x.kind())
                .contains(ConflictKind.BUDGET_EXCEEDED, ConflictKind.OPPOSITE_STANCES);
        assertThat(c.deliberation().conflicts())
                .allSatisfy(x -> assertThat(x.advisors()).doesNotContain("reviewer"));
        assertThat(events)
                .filteredOn(e -> e instanceof ProgressEvent.ConflictFound)
                .hasSameSizeAs(c.deliberation().conflicts());
        assertThat(events).anyMatch(e -> e instanceof ProgressEvent.DebateRound);
        assertThat(events).anyMatch(e -> e instanceof ProgressEvent.MeetingPhase);
    }

    @Test
    void advisorsSeeOnlyTheThreeMostRelevantEarlierConsultations() {
        var model = new FakeModel(Board5::answer);
        var brief = Harness.brief(Language.EN, Depth.QUICK).withHistory(HistoryFixtures.HISTORY);
        new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults()).run(brief, e -> {});
        assertThat(model.requests()).allSatisfy(r -> {
            var intent = (AdvisorIntent) r.intent();
            assertThat(intent.brief().history()).extracting(p -> p.id()).containsExactly("p1", "p2", "p3");
        });
    }

    @Test
    void repairsOfInvalidAnswersComeOutOfTheSameBound() {
        var model = new FakeModel(intent -> intent instanceof AdvisorIntent ? "not json" : Board5.answer(intent));
        Consultation c = run(Depth.QUICK, DeliberationSettings.defaults(), model, new CopyOnWriteArrayList<>());
        assertThat(model.requests()).hasSize(6);
        assertThat(c.status()).isEqualTo(dev.consultor.engine.ConsultationStatus.FAILED);
    }

    @Test
    void aConsultationWithItsDeliberationSurvivesAJsonRoundTrip() {
        Consultation c = run(
                Depth.DEEP,
                DeliberationSettings.defaults(),
                new FakeModel(Board5::answer),
                new CopyOnWriteArrayList<>());
        String json = dev.consultor.engine.json.Json.write(c);
        assertThat(json).contains("\"deliberation\"", "\"artifacts\"", "\"stage_usage\"", "\"method\":\"");
        Consultation back = dev.consultor.engine.json.Json.read(json, Consultation.class);
        assertThat(back.deliberation()).isEqualTo(c.deliberation());
        assertThat(back.artifacts()).isEqualTo(c.artifacts());
        assertThat(back.stageUsage()).isEqualTo(c.stageUsage());
    }
}
