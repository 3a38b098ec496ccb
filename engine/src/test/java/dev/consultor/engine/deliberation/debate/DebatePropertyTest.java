package dev.consultor.engine.deliberation.debate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DebatePropertyTest {

    @Property(tries = 150)
    void everyDebateIsBoundedNeverRepeatsARoundAndEndsInAResolution(
            @ForAll("scripts") List<String> script, @ForAll("bounds") int maxCalls) throws InterruptedException {
        var reports = script.size() % 2 == 0
                ? new dev.consultor.engine.report.AgentReport[] {DebateRunnerTest.COMMERCIAL, DebateRunnerTest.FINANCIAL
                }
                : new dev.consultor.engine.report.AgentReport[] {
                    DebateRunnerTest.COMMERCIAL, DebateRunnerTest.MARKET, DebateRunnerTest.FINANCIAL
                };
        Debate debate = DebateRunnerTest.run(
                i -> {
                    String entry = script.get((i.round() * 7 + i.advisor().length()) % script.size());
                    String[] parts = entry.split(":");
                    return DebateRunnerTest.turn(parts[0], parts[1]);
                },
                maxCalls,
                new ArrayList<>(),
                reports);
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

    @Provide
    Arbitrary<List<String>> scripts() {
        Arbitrary<String> move = Arbitraries.of("hold", "concede", "compromise");
        Arbitrary<String> statement = Arbitraries.of("a", "b", "c");
        return net.jqwik.api.Combinators.combine(move, statement)
                .as((m, s) -> m + ":" + s)
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    @Provide
    Arbitrary<Integer> bounds() {
        return Arbitraries.integers().between(0, 8);
    }
}
