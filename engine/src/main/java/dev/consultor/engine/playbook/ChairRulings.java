package dev.consultor.engine.playbook;

import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Cost;
import dev.consultor.engine.report.Dimension;
import dev.consultor.engine.report.Horizon;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The chair's rulings on the other advisors' proposals: the sequence that settles the commercial strategist's ask
 * against the financial analyst's ceiling, its own playbook move, a test of the analyst's central hypothesis and
 * the market specialist's proposal built into the plan. Each ruling cites the recommendation ids it rules on.
 */
final class ChairRulings {
    private static final String ROLE = "reviewer";
    private static final double DECISION_CONFIDENCE = 0.75;

    private final Reading reading;
    private final Board board;
    private final Items items;
    private final DoubleUnaryOperator penalty;

    ChairRulings(Reading reading, Board board, Items items, DoubleUnaryOperator penalty) {
        this.reading = reading;
        this.board = board;
        this.items = items;
        this.penalty = penalty;
    }

    /** The chair's rulings on the others' proposals, in the order it wants them done. */
    List<Recommendation> all() {
        var ruled = new ArrayList<Recommendation>();
        Optional<Recommendation> commercial = top("commercial");
        Optional<Recommendation> financial = top("financial");
        if (commercial.isPresent() || financial.isPresent()) {
            var stances = new ArrayList<Stance>();
            if (commercial.isPresent()) stances.add(Stance.INVEST);
            stances.add(Stance.PHASE_IN);
            Double ceiling = report("financial").map(AgentReport::budgetCeiling).orElse(null);
            var evidence = new ArrayList<String>();
            commercial.ifPresent(r -> evidence.add(r.id() + ": " + r.title()));
            financial.ifPresent(r -> evidence.add(r.id() + ": " + r.title()));
            items.text(reading.kb().phrase("chair.precedent_evidence")).ifPresent(evidence::add);
            rule(
                            "chair.decision",
                            stances,
                            Horizon.SHORT_TERM,
                            ceiling,
                            Level.HIGH,
                            "CEO",
                            commercial.map(Recommendation::kpi).orElse(""),
                            evidence)
                    .ifPresent(ruled::add);
        }
        reading.primary().role(ROLE).recommendations().stream()
                .findFirst()
                .flatMap(items::recommendation)
                .ifPresent(ruled::add);
        report("analyst")
                .flatMap(r -> r.hypotheses().stream().findFirst())
                .ifPresent(h -> rule(
                                "chair.validate",
                                List.of(Stance.CONSERVATIVE),
                                Horizon.IMMEDIATE,
                                null,
                                Level.MEDIUM,
                                "CEO",
                                report("analyst")
                                        .flatMap(r -> r.kpis().stream().findFirst())
                                        .map(Kpi::name)
                                        .orElse(""),
                                h.evidence().stream().limit(2).toList())
                        .ifPresent(ruled::add));
        top("market").ifPresent(m -> {
            var stances = m.stances().stream()
                    .filter(s -> s.dimension() != Dimension.PACE && s.dimension() != Dimension.RISK_APPETITE)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            stances.add(Stance.PHASE_IN);
            rule(
                            "chair.adopt_market",
                            stances,
                            m.horizon(),
                            m.cost().amount(),
                            m.cost().level(),
                            m.owner(),
                            m.kpi(),
                            List.of(m.id() + ": " + m.title()))
                    .ifPresent(ruled::add);
        });
        return ruled;
    }

    private Optional<Recommendation> rule(
            String key,
            List<Stance> stances,
            Horizon horizon,
            Double amount,
            Level level,
            String owner,
            String kpi,
            List<String> evidence) {
        Optional<String> title = items.text(reading.kb().phrase(key + ".title"));
        if (title.isEmpty()) return Optional.empty();
        String rationale = items.text(reading.kb().phrase(key + ".rationale")).orElse("");
        return Optional.of(new Recommendation(
                "",
                title.get(),
                rationale,
                stances,
                horizon,
                new Cost(level, amount),
                Level.HIGH,
                owner,
                penalty.applyAsDouble(DECISION_CONFIDENCE),
                evidence,
                kpi));
    }

    private Optional<AgentReport> report(String advisor) {
        return board.report(advisor);
    }

    private Optional<Recommendation> top(String advisor) {
        return report(advisor).flatMap(r -> r.recommendations().stream().findFirst());
    }
}
