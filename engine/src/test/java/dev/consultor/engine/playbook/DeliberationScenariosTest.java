package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.deliberation.DeliberationSettings;
import dev.consultor.engine.deliberation.artifacts.Artifact;
import dev.consultor.engine.deliberation.conflict.Severity;
import dev.consultor.engine.deliberation.meeting.Decision;
import dev.consultor.engine.deliberation.meeting.Member;
import dev.consultor.engine.deliberation.meeting.Proposal;
import dev.consultor.engine.render.DeliberationMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The original system's three scenarios, offline, at every depth, through the whole engine. */
class DeliberationScenariosTest {

    record Scenario(String name, String problem, BusinessType type, List<String> figures) {}

    static final Scenario SALES =
            new Scenario("sales", Fixtures.FALLING_SALES, BusinessType.B2B, List.of("20%", "3 meses"));
    static final Scenario EUROPE =
            new Scenario("europe", Fixtures.EUROPE, BusinessType.SAAS, List.of("50 clientes", "12 meses"));
    static final Scenario CHURN = new Scenario("churn", Fixtures.CHURN, BusinessType.SAAS, List.of("5%", "8%"));

    static Stream<Arguments> everyScenarioAtEveryDepth() {
        var args = new ArrayList<Arguments>();
        for (Scenario s : List.of(SALES, EUROPE, CHURN)) for (Depth d : Depth.values()) args.add(Arguments.of(s, d));
        return args.stream();
    }

    static Consultation run(Scenario scenario, Depth depth, List<ProgressEvent> events) {
        Brief brief = Fixtures.brief(scenario.problem(), scenario.type(), depth);
        return Fixtures.engine().run(brief, events::add);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyScenarioAtEveryDepth")
    void everyArtifactIsPresentCitesTheProblemsFiguresAndCallsStayWithinTheBound(Scenario scenario, Depth depth) {
        var events = new CopyOnWriteArrayList<ProgressEvent>();
        Consultation c = run(scenario, depth, events);

        assertThat(c.status()).isEqualTo(ConsultationStatus.COMPLETED);
        int bound = DeliberationSettings.defaults().callBound(depth, 5);
        assertThat(c.usage().calls()).isLessThanOrEqualTo(bound);
        assertThat(c.deliberation().bounds().maxCalls()).isEqualTo(bound);
        assertThat(c.stageUsage().stream().mapToInt(u -> u.usage().calls()).sum())
                .isEqualTo(c.usage().calls());

        assertThat(c.artifacts()).isNotNull();
        for (Artifact artifact : c.artifacts().all()) {
            assertThat(artifact.context()).as(artifact.kind()).contains(scenario.figures());
        }
        assertThat(c.artifacts().executiveSummary().keyDecision()).isNotBlank();
        assertThat(c.artifacts().actionPlan().actions()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.due()).isAfter(c.brief().asOf());
            assertThat(a.due()).isBeforeOrEqualTo(c.brief().asOf().plusDays(90));
        });
        assertThat(c.artifacts().riskRegister().entries())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.score()).isEqualTo(e.probability() * e.impact()));
        assertThat(c.artifacts().kpiScorecard().entries()).isNotEmpty();
        assertThat(c.deliberation().decisions())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.due()).isAfter(c.brief().asOf()));
        assertThat(events)
                .filteredOn(e -> e instanceof ProgressEvent.ArtifactReady)
                .hasSize(5);

        String markdown = DeliberationMarkdown.render(c);
        assertThat(markdown)
                .contains(
                        "Sumário executivo",
                        "Registro de decisão",
                        "Plano de ação 30/60/90 dias",
                        "Matriz de riscos",
                        "Painel de KPIs");
        if (depth == Depth.QUICK) {
            assertThat(c.deliberation().meeting()).isNull();
            assertThat(c.deliberation().debates()).noneMatch(d -> d.debated());
        }
        if (depth == Depth.DEEP) {
            assertThat(c.deliberation().meeting()).isNotNull();
            assertThat(c.deliberation().peerReview()).isNotNull();
            assertThat(markdown).contains("Ata executiva");
        }
    }

    static Stream<Arguments> everyScenarioInBothLanguagesAtEveryDepth() {
        var args = new ArrayList<Arguments>();
        for (Scenario s : List.of(SALES, EUROPE, CHURN)) {
            for (String problem : List.of(s.problem(), english(s))) {
                for (Depth d : Depth.values()) args.add(Arguments.of(s.name(), problem, s.type(), d));
            }
        }
        return args.stream();
    }

    private static String english(Scenario s) {
        return s == SALES ? Fixtures.FALLING_SALES_EN : s == EUROPE ? Fixtures.EUROPE_EN : Fixtures.CHURN_EN;
    }

    @ParameterizedTest(name = "{0} at {3}: {1}")
    @MethodSource("everyScenarioInBothLanguagesAtEveryDepth")
    void theActionPlanListsEachMoveOnceWithItsKpiAndNothingDoneNowLater(
            String name, String problem, BusinessType type, Depth depth) {
        Consultation c = Fixtures.run(Fixtures.brief(problem, type, depth));
        var actions = c.artifacts().actionPlan().actions();
        assertThat(actions).isNotEmpty().allSatisfy(a -> {
            assertThat(a.kpi()).as(a.id() + " " + a.title()).isNotBlank();
            if (a.title().matches("(?is).*\\b(agora|now)\\b.*")) {
                assertThat(a.bucket()).as(a.id() + " " + a.title()).isEqualTo(30);
            }
            assertThat(a.bucket())
                    .as(a.id() + " due " + a.due())
                    .isEqualTo(bucketOf(
                            java.time.temporal.ChronoUnit.DAYS.between(c.brief().asOf(), a.due())));
        });
        // No action restates another: none quotes a recommendation another action already quotes or is.
        var titles = c.reports().stream()
                .flatMap(r -> r.recommendations().stream())
                .map(r -> dev.consultor.engine.deliberation.Format.fold(r.title()))
                .toList();
        for (int i = 0; i < actions.size(); i++) {
            for (int j = i + 1; j < actions.size(); j++) {
                String a = dev.consultor.engine.deliberation.Format.fold(
                        actions.get(i).title());
                String b = dev.consultor.engine.deliberation.Format.fold(
                        actions.get(j).title());
                assertThat(a.contains(b) || b.contains(a))
                        .as(actions.get(i).id() + " / " + actions.get(j).id())
                        .isFalse();
                boolean sameQuote =
                        titles.stream().anyMatch(t -> !t.equals(a) && !t.equals(b) && a.contains(t) && b.contains(t));
                // The budget decision's first phase and another conflict's settlement may name the same move.
                boolean budgetAndFocus =
                        Stream.of(a, b).anyMatch(t -> t.contains("primeira fase") || t.contains("first phase"));
                if (!budgetAndFocus) {
                    assertThat(sameQuote)
                            .as(actions.get(i).title() + " / " + actions.get(j).title())
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} at {3}: {1}")
    @MethodSource("everyScenarioInBothLanguagesAtEveryDepth")
    void theDocumentWritesEveryDateOneLocalisedWayAndPortugueseRunsOnInLowerCaseAfterAColon(
            String name, String problem, BusinessType type, Depth depth) {
        Consultation c = Fixtures.run(Fixtures.brief(problem, type, depth));
        String markdown = dev.consultor.engine.render.ConsultationMarkdown.render(
                c, dev.consultor.engine.advisor.Roster.defaults());
        assertThat(markdown).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        String due = dev.consultor.engine.deliberation.Format.date(
                c.artifacts().actionPlan().actions().getFirst().due(), c.brief().language());
        assertThat(due)
                .matches(
                        c.brief().language().isPortuguese()
                                ? "\\d{1,2} de [a-zç]{3}\\. de \\d{4}"
                                : "[A-Z][a-z]{2} \\d{1,2}, \\d{4}");
        assertThat(markdown).contains(due);
        if (c.brief().language().isPortuguese()) {
            // Sentences the board quotes after a colon in its own running text.
            assertThat(markdown)
                    .doesNotContainPattern(
                            "(Um meio-termo|ponto de controle|Especialista de Mercado|meio-termo proposto): \\p{Lu}\\p{Ll}");
        }
    }

    @ParameterizedTest(name = "{0} at {3}: {1}")
    @MethodSource("everyScenarioInBothLanguagesAtEveryDepth")
    void aFocusCompromiseSequencesItsTwoMovesRatherThanScopingThemToASegment(
            String name, String problem, BusinessType type, Depth depth) {
        Consultation c = Fixtures.run(Fixtures.brief(problem, type, depth));
        String markdown = DeliberationMarkdown.render(c);
        assertThat(markdown)
                .doesNotContain("só no segmento mais rentável")
                .doesNotContain("only in the most profitable segment");
        for (var debate : c.deliberation().debates()) {
            String decision = debate.resolution().decision();
            if (decision.contains("Fazer primeiro") || decision.contains("Do \"")) {
                assertThat(decision).containsPattern("\"[^\"]+\".*\"[^\"]+\"").containsPattern("primeiro|first");
            }
        }
    }

    @Test
    void attachedDataWithIsoDatesIsShownInTheDocumentsDateFormat() {
        Brief brief = Fixtures.brief(Fixtures.EUROPE, BusinessType.SAAS, Depth.QUICK)
                .withData(List.of(Fixtures.csv("clientes_brasil_expansao.csv")));
        String markdown = dev.consultor.engine.render.ConsultationMarkdown.render(
                Fixtures.run(brief), dev.consultor.engine.advisor.Roster.defaults());
        assertThat(markdown).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    private static int bucketOf(long days) {
        return days <= 30 ? 30 : days <= 60 ? 60 : 90;
    }

    @Test
    void salesDropAtStandardDepthYieldsARealConflictThatIsDebatedAndSettled() {
        Consultation c = run(SALES, Depth.STANDARD, new ArrayList<>());
        var conflicts = c.deliberation().conflicts();
        assertThat(conflicts).isNotEmpty();
        assertThat(conflicts.getFirst().severity()).isIn(Severity.HIGH, Severity.CRITICAL);
        assertThat(conflicts.getFirst().advisors()).contains("commercial", "financial");
        assertThat(c.deliberation().debates()).anyMatch(d -> d.debated());
        assertThat(c.deliberation().debates())
                .hasSameSizeAs(conflicts)
                .allSatisfy(d -> assertThat(d.resolution().decision()).isNotBlank());
        // A high conflict at standard depth calls the board together.
        assertThat(c.deliberation().meeting()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {Fixtures.FALLING_SALES, Fixtures.FALLING_SALES_EN})
    void aBudgetConflictStatesTheSameTotalInItsTopicItsDebateAndItsResolution(String problem) {
        Consultation c = Fixtures.run(Fixtures.brief(problem, BusinessType.B2B, Depth.DEEP));
        var budget = c.deliberation().conflicts().stream()
                .filter(k -> k.kind() == dev.consultor.engine.deliberation.conflict.ConflictKind.BUDGET_EXCEEDED)
                .findFirst()
                .orElseThrow();
        String total = dev.consultor.engine.deliberation.Format.money(
                budget.requested(), c.brief().currency(), c.brief().language());
        assertThat(budget.topic()).contains(total);
        var debate = c.deliberation().debates().stream()
                .filter(d -> d.conflictId().equals(budget.id()))
                .findFirst()
                .orElseThrow();
        var proposals = debate.rounds().stream()
                .flatMap(r -> r.turns().stream())
                .map(t -> t.proposal())
                .filter(p -> !p.isBlank())
                .toList();
        assertThat(proposals).isNotEmpty().allSatisfy(p -> assertThat(p).contains(total));
        assertThat(debate.resolution().decision()).contains(total);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {Fixtures.FALLING_SALES, Fixtures.FALLING_SALES_EN, Fixtures.CHURN, Fixtures.CHURN_EN})
    void aBudgetConflictSaysHowMuchOfItsTotalIsTheCommercialPlanTheChairCites(String problem) {
        Consultation c = Fixtures.run(Fixtures.brief(problem, BusinessType.SAAS, Depth.DEEP));
        var budget = c.deliberation().conflicts().stream()
                .filter(k -> k.kind() == dev.consultor.engine.deliberation.conflict.ConflictKind.BUDGET_EXCEEDED)
                .findFirst()
                .orElseThrow();
        double commercial = Fixtures.report(c, "commercial").recommendations().stream()
                .filter(r -> r.cost().amount() != null)
                .mapToDouble(r -> r.cost().amount())
                .sum();
        assertThat(commercial).isLessThan(budget.requested());
        String plan = dev.consultor.engine.deliberation.Format.money(
                commercial, c.brief().currency(), c.brief().language());
        String total = dev.consultor.engine.deliberation.Format.money(
                budget.requested(), c.brief().currency(), c.brief().language());
        assertThat(budget.topic())
                .contains(total)
                .contains(
                        c.brief().language().isPortuguese()
                                ? "dos quais " + plan + " do plano comercial"
                                : "of which " + plan + " from the commercial plan");
    }

    @Test
    void deepDepthHoldsAMeetingWhereEveryMemberVotesOnEveryProposal() {
        Consultation c = run(SALES, Depth.DEEP, new ArrayList<>());
        var meeting = c.deliberation().meeting();
        assertThat(meeting).isNotNull();
        assertThat(meeting.present()).hasSize(5);
        for (Member m : meeting.present()) {
            for (Proposal p : meeting.proposals()) {
                assertThat(meeting.votes())
                        .filteredOn(v ->
                                v.member().equals(m.advisor()) && v.proposalId().equals(p.id()))
                        .as(m.advisor() + " on " + p.id())
                        .hasSize(1);
            }
        }
        assertThat(meeting.votes()).allSatisfy(v -> assertThat(v.rationale()).isNotBlank());
        assertThat(c.deliberation().peerReview().ballots()).hasSize(4);
        String minutes = DeliberationMarkdown.minutes(c);
        for (Decision d : meeting.decisions()) {
            assertThat(minutes)
                    .contains(
                            d.id(),
                            d.owner().label(c.brief().language()),
                            dev.consultor.engine.deliberation.Format.date(
                                    d.due(), c.brief().language()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {Fixtures.FALLING_SALES, Fixtures.FALLING_SALES_EN})
    void membersGiveTheirOwnReasonsRatherThanOneSentenceForEveryVote(String problem) {
        Consultation c = Fixtures.run(Fixtures.brief(problem, BusinessType.B2B, Depth.DEEP));
        var meeting = c.deliberation().meeting();
        for (Proposal p : meeting.proposals()) {
            var reasons = meeting.votes().stream()
                    .filter(v -> v.proposalId().equals(p.id()))
                    .filter(v -> v.role() != dev.consultor.engine.advisor.BoardRole.CHAIR)
                    .map(v -> v.rationale())
                    .toList();
            assertThat(reasons).as(p.id()).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        }
    }

    @Test
    void anEnglishBriefGetsEnglishMinutesAndArtifacts() {
        Brief brief = Fixtures.brief(Fixtures.FALLING_SALES_EN, BusinessType.B2B, Depth.DEEP);
        Consultation c = Fixtures.run(brief);
        String markdown = DeliberationMarkdown.render(c);
        assertThat(markdown)
                .contains(
                        "Executive summary",
                        "Board minutes",
                        "30/60/90-day action plan",
                        "Risk register",
                        "KPI scorecard");
        assertThat(markdown).doesNotContain("Ata executiva", "Sumário executivo");
        assertThat(c.artifacts().executiveSummary().context()).contains("20%");
    }

    @Test
    void theSameBriefDeliberatesTheSameWay() {
        Consultation a = run(CHURN, Depth.DEEP, new ArrayList<>());
        Consultation b = run(CHURN, Depth.DEEP, new ArrayList<>());
        assertThat(DeliberationMarkdown.render(a)).isEqualTo(DeliberationMarkdown.render(b));
    }

    @Test
    void aFollowUpQuestionIsAnsweredFromTheConsultationWithCitations() throws InterruptedException {
        Consultation c = run(SALES, Depth.STANDARD, new ArrayList<>());
        var answer = Fixtures.engine().refine(c, "Por que não investir tudo agora em geração de demanda?", List.of());
        assertThat(answer.points()).isNotEmpty();
        var reportIds = c.reports().stream()
                .flatMap(r -> r.recommendations().stream())
                .map(r -> r.id())
                .toList();
        assertThat(answer.points())
                .allSatisfy(p -> assertThat(p.sourceId())
                        .satisfiesAnyOf(
                                id -> assertThat(reportIds).contains(id),
                                id -> assertThat(id)
                                        .matches(
                                                "(decision|resolution|risk|kpi):.+|[a-z]+:(summary|hypothesis-\\d+)")));
        assertThat(answer.points())
                .anyMatch(p -> p.text().toLowerCase(java.util.Locale.ROOT).contains("demanda"));
    }

    @Test
    void anEarlierDecisionOnTheSameSituationIsCitedInTheSummary() {
        var past = new dev.consultor.engine.brief.PastConsultation(
                "prev-1",
                Fixtures.AS_OF.minusMonths(4),
                BusinessType.B2B,
                List.of("falling-sales"),
                "Vendas caíram 10%",
                "Contratar dois SDRs e revisar o funil",
                false);
        Brief brief =
                Fixtures.brief(SALES.problem(), SALES.type(), Depth.STANDARD).withHistory(List.of(past));
        Consultation c = Fixtures.run(brief);
        assertThat(c.deliberation().precedents())
                .singleElement()
                .satisfies(p -> assertThat(p.bearsOnDecision()).isTrue());
        assertThat(c.artifacts().executiveSummary().precedents())
                .singleElement()
                .asString()
                .contains("contratar dois SDRs e revisar o funil");
    }
}
