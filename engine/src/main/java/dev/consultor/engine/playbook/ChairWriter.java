package dev.consultor.engine.playbook;

import dev.consultor.engine.advisor.Section;
import dev.consultor.engine.brief.PastConsultation;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the chair's report: it weighs the other advisors' reports, rules on their disagreement (investment now
 * or discipline first) with a sequence, names the reports it did not have, and recalls the most relevant earlier
 * decision of the company.
 */
final class ChairWriter {
    private static final String ROLE = "reviewer";

    /** How much less sure the chair is of each decision for every report it had to do without. */
    private static final double MISSING_PENALTY = 0.1;

    private final Reading reading;
    private final Board board;
    private final Items items;
    private final Optional<PastConsultation> precedent;
    private final AdvisorIntent intent;

    ChairWriter(Reading reading, AdvisorIntent intent) {
        this.reading = reading;
        this.intent = intent;
        this.board = Board.of(intent);
        this.precedent = Precedent.of(reading.brief(), reading.situations());
        var vars = new TreeMap<>(reading.vars());
        vars.putAll(board.vars(reading));
        precedent.ifPresent(p -> {
            vars.put("past_date", date(p));
            vars.put("past_id", p.id());
            if (!p.decision().isBlank()) vars.put("past_decision", p.decision().strip());
            vars.put("past_problem", Vars.quote(p.problem()));
        });
        report("commercial")
                .flatMap(r -> r.recommendations().stream().findFirst())
                .map(Recommendation::kpi)
                .filter(k -> !k.isEmpty())
                .ifPresent(k -> vars.put("decision_kpi", k));
        this.items = new Items(reading, vars);
    }

    AgentReport write() {
        var depth = reading.brief().depth();
        var pools = new RolePools(reading, ROLE, items);
        var rulings = new ChairRulings(reading, board, items, this::penalised);
        return new AgentReport(
                "",
                summary(),
                Items.part(
                        intent,
                        Section.HYPOTHESES,
                        () -> quota(
                                endorsed(),
                                pools.hypotheses(RolePools.ALL),
                                depth.hypotheses(),
                                Hypothesis::statement,
                                "hypotheses")),
                Items.part(
                        intent,
                        Section.RECOMMENDATIONS,
                        () -> quota(
                                rulings.all(),
                                pools.recommendations(RolePools.ALL),
                                depth.recommendations(),
                                Recommendation::title,
                                "recommendations")),
                Items.part(
                        intent,
                        Section.RISKS,
                        () -> quota(topRisks(), pools.risks(RolePools.ALL), depth.risks(), Risk::description, "risks")),
                Items.part(
                        intent,
                        Section.KPIS,
                        // The others' KPIs are on the scorecard already; the chair adds only ones they have not
                        // defined.
                        () -> Items.undefined(
                                pools.kpis(RolePools.ALL), board.reports().values(), depth.kpis())),
                Items.part(intent, Section.ASSUMPTIONS, () -> assumptions(pools)),
                null);
    }

    /** The chair's own synthesis first, its playbook after, exactly as many as the depth asks for. */
    private <T> List<T> quota(List<T> synthesis, List<T> playbook, int n, Function<T, String> key, String what) {
        return Items.exactly(Items.pick(List.of(synthesis, playbook), n, Optional::of, key), n, what, ROLE, reading);
    }

    private String summary() {
        var sentences = new ArrayList<String>();
        items.text(reading.primary().role(ROLE).summary())
                .or(() -> items.text(reading.kb().general().role(ROLE).summary()))
                .ifPresent(sentences::add);
        for (String key : List.of("chair.conflict", "chair.market", "chair.sequence")) {
            items.text(reading.kb().phrase(key)).ifPresent(sentences::add);
        }
        for (String missing : board.missing()) sentences.add(unavailable("chair.unavailable", missing));
        if (precedent.isPresent()) {
            String key = Precedent.related(precedent.get(), reading.situations())
                    ? "chair.precedent"
                    : "chair.precedent_other";
            items.text(reading.kb().phrase(key)).ifPresent(sentences::add);
        }
        return String.join(" ", sentences);
    }

    /** The dependencies' strongest hypotheses, the analyst's first, attributed to who holds them. */
    private List<Hypothesis> endorsed() {
        var endorsed = new ArrayList<Hypothesis>();
        for (var entry : board.reports().entrySet()) {
            entry.getValue().hypotheses().stream().findFirst().ifPresent(h -> {
                var vars = new TreeMap<>(items.vars());
                vars.put("advisor_name", AdvisorWriter.advisorName(reading, entry.getKey()));
                vars.put("confidence", Numbers.percent(Math.round(h.confidence() * 100), reading.language()));
                var evidence = new ArrayList<String>();
                Template.fill(reading.kb().phrase("chair.endorsed"), reading.language(), vars)
                        .ifPresent(evidence::add);
                evidence.addAll(h.evidence().stream().limit(2).toList());
                endorsed.add(new Hypothesis(h.statement(), penalised(h.confidence()), evidence));
            });
        }
        return endorsed;
    }

    /** The gravest risks the others raised, probability times impact, the board's own order breaking ties. */
    private List<Risk> topRisks() {
        return board.reports().values().stream()
                .flatMap(r -> r.risks().stream())
                .sorted(Comparator.comparingInt(Risk::score).reversed())
                .toList();
    }

    private List<String> assumptions(RolePools pools) {
        var assumptions = new ArrayList<>(pools.assumptions());
        for (String missing : board.missing()) assumptions.add(unavailable("assumption.unavailable", missing));
        return assumptions.stream().distinct().toList();
    }

    private String unavailable(String phrase, String advisor) {
        return AdvisorWriter.unavailable(reading, items, board, phrase, advisor);
    }

    /** How sure the chair can be, given how many of the reports it depends on it did not have. */
    private double penalised(double confidence) {
        return Numbers.round2places(
                Math.max(0.1, confidence - MISSING_PENALTY * board.missing().size()));
    }

    private Optional<AgentReport> report(String advisor) {
        return board.report(advisor);
    }

    private String date(PastConsultation past) {
        var d = past.date();
        return reading.language().isPortuguese()
                ? String.format(
                        java.util.Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
                : d.toString();
    }
}
