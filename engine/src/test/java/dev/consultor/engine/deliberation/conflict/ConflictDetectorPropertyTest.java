package dev.consultor.engine.deliberation.conflict;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConflictDetectorPropertyTest {
    private final ConflictDetector detector = new ConflictDetector(Language.EN, "USD");

    @Property(tries = 300)
    void aReportNeverConflictsWithItself(@ForAll("reports") AgentReport report) {
        assertThat(detector.detect(List.of(report))).isEmpty();
        assertThat(detector.detect(report, report)).isEmpty();
    }

    @Property(tries = 300)
    void detectionIsSymmetric(@ForAll("reports") AgentReport a, @ForAll("reports") AgentReport b) {
        AgentReport first = a.attributedTo("commercial");
        AgentReport second = b.attributedTo("financial");
        assertThat(keys(detector.detect(first, second))).isEqualTo(keys(detector.detect(second, first)));
    }

    @Property(tries = 200)
    void everyConflictSpansTwoAdvisorsOnTwoSides(@ForAll("reports") AgentReport a, @ForAll("reports") AgentReport b) {
        for (Conflict c : detector.detect(a.attributedTo("market"), b.attributedTo("financial"))) {
            assertThat(c.advisors()).hasSize(2);
            assertThat(c.sides()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private static List<String> keys(List<Conflict> conflicts) {
        return conflicts.stream()
                .map(c -> c.key() + c.severity() + c.topic())
                .sorted()
                .toList();
    }

    @Provide
    Arbitrary<AgentReport> reports() {
        Arbitrary<List<Recommendation>> recommendations =
                recommendation().list().ofMaxSize(4);
        Arbitrary<List<Kpi>> kpis = kpi().list().ofMaxSize(3);
        Arbitrary<Double> ceiling = Arbitraries.doubles().between(0, 1_000_000).injectNull(0.5);
        return Combinators.combine(recommendations, kpis, ceiling)
                .as((r, k, c) ->
                        new AgentReport("x", "summary", List.of(), r, List.of(), k, List.of(), c).attributedTo("x"));
    }

    private Arbitrary<Recommendation> recommendation() {
        Arbitrary<String> titles = Arbitraries.of("Hire sales reps", "Cut costs", "Launch referral", "Raise prices");
        Arbitrary<List<Stance>> stances =
                Arbitraries.of(Stance.class).set().ofMaxSize(3).map(List::copyOf);
        Arbitrary<Horizon> horizons = Arbitraries.of(Horizon.class);
        Arbitrary<Level> levels = Arbitraries.of(Level.class);
        Arbitrary<Double> amounts = Arbitraries.doubles().between(0, 800_000).injectNull(0.4);
        Arbitrary<String> kpiNames = Arbitraries.of("", "Revenue", "Churn");
        return Combinators.combine(titles, stances, horizons, levels, amounts, levels, kpiNames)
                .as((t, s, h, c, a, i, k) ->
                        new Recommendation("", t, "why", s, h, new Cost(c, a), i, "CEO", 0.6, List.of("e"), k));
    }

    private Arbitrary<Kpi> kpi() {
        return Combinators.combine(
                        Arbitraries.of("Revenue", "Churn", "NPS"),
                        Arbitraries.doubles().between(0, 100),
                        Arbitraries.of(Direction.class))
                .as((n, t, d) -> new Kpi(n, "%", null, t, 90, d));
    }
}
