package dev.consultor.engine.deliberation.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Cases;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Cost;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Horizon;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Stance;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of conflict detection over many random reports (see {@link Cases} for seeds and replay). */
class ConflictDetectorPropertyTest {
    private static final int CASES = 500;

    private final ConflictDetector detector = new ConflictDetector(Language.EN, "USD");

    record Pair(AgentReport a, AgentReport b) {}

    @Test
    void aReportNeverConflictsWithItself() {
        Cases.forAll("a report never conflicts with itself", CASES, ConflictDetectorPropertyTest::report, report -> {
            assertThat(detector.detect(List.of(report))).isEmpty();
            assertThat(detector.detect(report, report)).isEmpty();
        });
    }

    @Test
    void detectionIsSymmetric() {
        Cases.forAll("detection is symmetric", CASES, ConflictDetectorPropertyTest::pair, pair -> {
            AgentReport first = pair.a().attributedTo("commercial");
            AgentReport second = pair.b().attributedTo("financial");
            assertThat(keys(detector.detect(first, second))).isEqualTo(keys(detector.detect(second, first)));
        });
    }

    @Test
    void everyConflictSpansTwoAdvisorsOnTwoSides() {
        Cases.forAll("every conflict spans two advisors on two sides", CASES, ConflictDetectorPropertyTest::pair, p -> {
            for (Conflict c : detector.detect(p.a().attributedTo("market"), p.b().attributedTo("financial"))) {
                assertThat(c.advisors()).hasSize(2);
                assertThat(c.sides()).hasSizeGreaterThanOrEqualTo(2);
            }
        });
    }

    private static List<String> keys(List<Conflict> conflicts) {
        return conflicts.stream()
                .map(c -> c.key() + c.severity() + c.topic())
                .sorted()
                .toList();
    }

    static Pair pair(Random r) {
        return new Pair(report(r), report(r));
    }

    static AgentReport report(Random r) {
        List<Recommendation> recommendations = Cases.listOf(r, 0, 4, ConflictDetectorPropertyTest::recommendation);
        List<Kpi> kpis = Cases.listOf(r, 0, 3, ConflictDetectorPropertyTest::kpi);
        Double ceiling = Cases.orNull(r, 0.5, () -> Cases.between(r, 0, 1_000_000.0));
        return new AgentReport("x", "summary", List.of(), recommendations, List.of(), kpis, List.of(), ceiling)
                .attributedTo("x");
    }

    private static Recommendation recommendation(Random r) {
        String title = Cases.oneOf(r, List.of("Hire sales reps", "Cut costs", "Launch referral", "Raise prices"));
        List<Stance> stances = Cases.subsetOf(r, Stance.class, 3);
        Horizon horizon = Cases.oneOf(r, Horizon.class);
        Level cost = Cases.oneOf(r, Level.class);
        Double amount = Cases.orNull(r, 0.4, () -> Cases.between(r, 0, 800_000.0));
        Level impact = Cases.oneOf(r, Level.class);
        String kpi = Cases.oneOf(r, List.of("", "Revenue", "Churn"));
        return new Recommendation(
                "", title, "why", stances, horizon, new Cost(cost, amount), impact, "CEO", 0.6, List.of("e"), kpi);
    }

    private static Kpi kpi(Random r) {
        return new Kpi(
                Cases.oneOf(r, List.of("Revenue", "Churn", "NPS")),
                "%",
                null,
                Cases.between(r, 0, 100.0),
                90,
                Cases.oneOf(r, Direction.class));
    }
}
