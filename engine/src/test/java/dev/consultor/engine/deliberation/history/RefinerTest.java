package dev.consultor.engine.deliberation.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Board5;
import dev.consultor.engine.deliberation.FakeModel;
import dev.consultor.engine.deliberation.Harness;
import dev.consultor.engine.model.Intent;
import dev.consultor.engine.model.RefineIntent;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RefinerTest {

    static Consultation consultation(FakeModel model) {
        return new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults())
                .run(Harness.brief(Language.EN, Depth.STANDARD), e -> {});
    }

    static java.util.Set<String> ids(Consultation c) {
        return new HashSet<>(Sources.of(c).stream().map(RefineIntent.Source::id).toList());
    }

    @Test
    void offlineAnswersCiteTheReportsAndDecisionsTheyComeFrom() throws InterruptedException {
        var model = new FakeModel(Board5::answer, false);
        Consultation c = consultation(model);
        var engine = new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults());
        Refinement r = engine.refine(c, "Why release the budget in tranches instead of investing now?", List.of());
        assertThat(r.retrieved()).isTrue();
        assertThat(r.points()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        assertThat(r.points()).allSatisfy(p -> assertThat(ids(c)).contains(p.sourceId()));
        assertThat(r.points().getFirst().advisor()).isIn("financial", "board");
        assertThat(r.points()).anyMatch(p -> p.text().contains("tranches"));
        assertThat(r.usage().calls()).isZero();
    }

    @Test
    void aFollowUpLeansOnTheEarlierQuestion() throws InterruptedException {
        var model = new FakeModel(Board5::answer, false);
        Consultation c = consultation(model);
        var refiner = new Refiner(
                Roster.defaults(),
                model,
                EngineSettings.defaults(),
                dev.consultor.engine.deliberation.DeliberationSettings.defaults());
        var earlier = List.of(
                new RefineIntent.Exchange("What did the analyst find about conversion?", "Conversion dropped first."));
        Refinement r = refiner.refine(c, "And how would we measure it?", earlier);
        assertThat(r.points()).isNotEmpty();
        assertThat(r.points()).anyMatch(p -> p.advisor().equals("analyst"));
    }

    @Test
    void aModelsPointsMustCiteAKnownSourceOrAreDropped() throws InterruptedException {
        Function<Intent, String> answers = intent -> intent instanceof RefineIntent ? """
                  {"points": [
                    {"text": "Release the budget in two tranches, as the CFO proposed.", "source_id": "financial-1"},
                    {"text": "A made-up fact.", "source_id": "nowhere-7"}
                  ]}
                  """ : Board5.answer(intent);
        var model = new FakeModel(answers, true);
        Consultation c = consultation(model);
        Refinement r = new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults())
                .refine(c, "What did the CFO propose about the budget?", List.of());
        assertThat(r.retrieved()).isFalse();
        assertThat(r.points()).singleElement().satisfies(p -> {
            assertThat(p.sourceId()).isEqualTo("financial-1");
            assertThat(p.advisor()).isEqualTo("financial");
        });
        assertThat(r.usage().calls()).isEqualTo(1);
        assertThat(model.calls(Refiner.STAGE)).isEqualTo(1);
    }

    @Test
    void fallsBackToRetrievalWhenTheModelCitesNothingKnown() throws InterruptedException {
        Function<Intent, String> answers = intent -> intent instanceof RefineIntent
                ? "{\"points\": [{\"text\": \"Invented.\", \"source_id\": \"x-1\"}]}"
                : Board5.answer(intent);
        var model = new FakeModel(answers, true);
        Consultation c = consultation(model);
        Refinement r = new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults())
                .refine(c, "What about the budget ceiling?", List.of());
        assertThat(r.retrieved()).isTrue();
        assertThat(r.points()).isNotEmpty().allSatisfy(p -> assertThat(ids(c)).contains(p.sourceId()));
    }
}
