package dev.consultor.engine.deliberation.debate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Cases;
import dev.consultor.engine.report.AgentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of every debate over many random scripts of moves (see {@link Cases} for seeds and replay). */
class DebatePropertyTest {

    /** What the scripted advisors answer, turn after turn, and the call bound of the debate. */
    record Case(List<String> script, int maxCalls) {}

    @Test
    void everyDebateIsBoundedNeverRepeatsARoundAndEndsInAResolution() {
        Cases.forAll(
                "every debate is bounded, never repeats a round and ends in a resolution",
                500,
                DebatePropertyTest::generate,
                DebatePropertyTest::check);
    }

    private static Case generate(Random r) {
        List<String> script = Cases.listOf(
                r,
                1,
                5,
                x -> Cases.oneOf(x, List.of("hold", "concede", "compromise")) + ":"
                        + Cases.oneOf(x, List.of("a", "b", "c")));
        return new Case(script, Cases.between(r, 0, 8));
    }

    private static void check(Case c) {
        List<String> script = c.script();
        AgentReport[] reports = script.size() % 2 == 0
                ? new AgentReport[] {DebateRunnerTest.COMMERCIAL, DebateRunnerTest.FINANCIAL}
                : new AgentReport[] {DebateRunnerTest.COMMERCIAL, DebateRunnerTest.MARKET, DebateRunnerTest.FINANCIAL};
        Debate debate;
        try {
            debate = DebateRunnerTest.run(
                    i -> {
                        String entry = script.get((i.round() * 7 + i.advisor().length()) % script.size());
                        String[] parts = entry.split(":");
                        return DebateRunnerTest.turn(parts[0], parts[1]);
                    },
                    c.maxCalls(),
                    new ArrayList<>(),
                    reports);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(debate.rounds()).hasSizeLessThanOrEqualTo(DebateRunner.MAX_ROUNDS);
        for (int i = 1; i < debate.rounds().size(); i++) {
            assertThat(debate.rounds().get(i).repeats(debate.rounds().get(i - 1)))
                    .isFalse();
        }
        assertThat(debate.resolution()).isNotNull();
        assertThat(debate.resolution().decision()).isNotBlank();
        if (debate.stopReason() == StopReason.CONVERGED) {
            assertThat(Referee.converged(
                            DebateRunnerTest.conflict(reports),
                            debate.rounds().getLast().turns()))
                    .isTrue();
        } else if (debate.rounds().size() == 1 && debate.stopReason() != StopReason.CALL_BOUND) {
            assertThat(debate.stopReason()).isIn(StopReason.REPEATED, StopReason.MAX_ROUNDS);
        }
    }
}
