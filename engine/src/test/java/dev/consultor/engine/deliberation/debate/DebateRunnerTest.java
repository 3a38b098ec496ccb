package dev.consultor.engine.deliberation.debate;

import static dev.consultor.engine.deliberation.Fixtures.rec;
import static dev.consultor.engine.deliberation.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.FakeModel;
import dev.consultor.engine.deliberation.Harness;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.ConflictDetector;
import dev.consultor.engine.model.DebateIntent;
import dev.consultor.engine.model.Intent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DebateRunnerTest {
    static final AgentReport COMMERCIAL = report("commercial")
            .recommend(rec("Hire two account executives", Stance.INVEST)
                    .cost(Level.HIGH, null)
                    .confidence(0.8))
            .build();
    static final AgentReport MARKET = report("market")
            .recommend(rec("Fund a partner program", Stance.INVEST))
            .build();
    static final AgentReport FINANCIAL = report("financial")
            .recommend(rec("Freeze discretionary spend", Stance.CUT).confidence(0.6))
            .build();

    static Conflict conflict(AgentReport... reports) {
        return new ConflictDetector(Language.EN, "USD").detect(List.of(reports)).getFirst();
    }

    static String turn(String move, String statement) {
        String proposal = move.equals("compromise") ? ", \"proposal\": \"Pilot one executive for 90 days\"" : "";
        return "{\"move\": \"" + move + "\", \"statement\": \"" + statement + "\", \"confidence\": 0.7" + proposal
                + "}";
    }

    static Debate run(
            Function<DebateIntent, String> script, int maxCalls, List<ProgressEvent> events, AgentReport... reports)
            throws InterruptedException {
        Function<Intent, String> answers = intent -> script.apply((DebateIntent) intent);
        try (var harness = new Harness(new FakeModel(answers), maxCalls)) {
            var runner = new DebateRunner(
                    harness.caller,
                    Harness.brief(Language.EN, Depth.STANDARD),
                    null,
                    dev.consultor.engine.advisor.Roster.defaults(),
                    2,
                    512,
                    events::add,
                    () -> 0L);
            return runner.debate(conflict(reports));
        }
    }

    @Test
    void stopsAfterTheFirstRoundWhenTheOtherSideConcedes() throws InterruptedException {
        var events = new ArrayList<ProgressEvent>();
        Debate debate = run(
                i -> i.advisor().equals("financial")
                        ? turn("concede", "The pipeline data convinces me")
                        : turn("hold", "Demand is there"),
                10,
                events,
                COMMERCIAL,
                FINANCIAL);
        assertThat(debate.rounds()).hasSize(1);
        assertThat(debate.stopReason()).isEqualTo(StopReason.CONVERGED);
        assertThat(debate.resolution()).isInstanceOfSatisfying(Resolution.Consensus.class, r -> {
            assertThat(r.basis()).isEqualTo("commercial-1");
            assertThat(r.tradeOffs()).singleElement().asString().contains("Freeze discretionary spend");
            assertThat(r.dissent()).isEmpty();
        });
        assertThat(events)
                .filteredOn(e -> e instanceof ProgressEvent.DebateRound)
                .hasSize(1);
    }

    @Test
    void convergesOnACompromiseInTheSecondRound() throws InterruptedException {
        Debate debate = run(
                i -> i.round() == 1
                        ? turn("hold", "Round one argument of " + i.advisor())
                        : turn("compromise", "Let us meet halfway"),
                10,
                new ArrayList<>(),
                COMMERCIAL,
                FINANCIAL);
        assertThat(debate.rounds()).hasSize(2);
        assertThat(debate.stopReason()).isEqualTo(StopReason.CONVERGED);
        assertThat(debate.resolution()).isInstanceOfSatisfying(Resolution.Compromise.class, r -> {
            assertThat(r.decision()).contains("Pilot one executive for 90 days");
            assertThat(r.tradeOffs()).isNotEmpty();
        });
    }

    @Test
    void neverRecordsARoundThatRepeatsThePreviousOneVerbatim() throws InterruptedException {
        Debate debate = run(i -> turn("hold", "My position stands"), 10, new ArrayList<>(), COMMERCIAL, FINANCIAL);
        assertThat(debate.rounds()).hasSize(1);
        assertThat(debate.stopReason()).isEqualTo(StopReason.REPEATED);
        assertThat(debate.resolution()).isInstanceOfSatisfying(Resolution.ChairDecision.class, r -> {
            assertThat(r.basis()).isEqualTo("commercial-1");
            assertThat(r.dissent()).containsExactly("financial");
        });
    }

    @Test
    void settlesByMajorityWhenThreeAdvisorsDoNotConverge() throws InterruptedException {
        Debate debate = run(
                i -> turn("hold", "Round " + i.round() + " for " + i.advisor()),
                10,
                new ArrayList<>(),
                COMMERCIAL,
                MARKET,
                FINANCIAL);
        assertThat(debate.rounds()).hasSize(2);
        assertThat(debate.stopReason()).isEqualTo(StopReason.MAX_ROUNDS);
        assertThat(debate.resolution()).isInstanceOfSatisfying(Resolution.Majority.class, r -> {
            assertThat(r.decision()).contains("2 of 3");
            assertThat(r.dissent()).containsExactly("financial");
        });
    }

    @Test
    void doesNotStartARoundTheCallBoundCannotPayFor() throws InterruptedException {
        Debate debate = run(i -> turn("hold", "x"), 1, new ArrayList<>(), COMMERCIAL, FINANCIAL);
        assertThat(debate.rounds()).isEmpty();
        assertThat(debate.stopReason()).isEqualTo(StopReason.CALL_BOUND);
        assertThat(debate.resolution()).isInstanceOf(Resolution.ChairDecision.class);
    }

    @Test
    void eachAdvisorSeesTheOthersPositionAndTheEarlierTurns() throws InterruptedException {
        var seen = new ArrayList<DebateIntent>();
        run(
                i -> {
                    synchronized (seen) {
                        seen.add(i);
                    }
                    return turn("hold", "Round " + i.round() + " by " + i.advisor());
                },
                10,
                new ArrayList<>(),
                COMMERCIAL,
                FINANCIAL);
        var financialRound2 = seen.stream()
                .filter(i -> i.advisor().equals("financial") && i.round() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(financialRound2.others())
                .extracting(DebateIntent.Side::recommendationId)
                .containsExactly("commercial-1");
        assertThat(financialRound2.earlier())
                .extracting(DebateIntent.PriorTurn::statement)
                .contains("Round 1 by commercial", "Round 1 by financial");
    }

    @Test
    void theChairDecidesWithItsOwnStanceWhenNobodyMoves() {
        AgentReport chair = report("reviewer")
                .recommend(rec("Protect cash first", Stance.CUT))
                .build();
        Conflict conflict = conflict(COMMERCIAL, FINANCIAL);
        try (var harness = new Harness(new FakeModel(i -> ""), 0)) {
            var runner = new DebateRunner(
                    harness.caller,
                    Harness.brief(Language.PT_BR, Depth.QUICK),
                    chair,
                    dev.consultor.engine.advisor.Roster.defaults(),
                    2,
                    512,
                    e -> {},
                    () -> 0L);
            Debate debate = runner.settle(conflict, StopReason.NOT_AT_THIS_DEPTH);
            assertThat(debate.debated()).isFalse();
            assertThat(debate.resolution()).isInstanceOfSatisfying(Resolution.ChairDecision.class, r -> {
                assertThat(r.basis()).isEqualTo("financial-1");
                assertThat(r.decision()).startsWith("O presidente decide");
                assertThat(r.dissent()).containsExactly("commercial");
            });
        }
    }
}
