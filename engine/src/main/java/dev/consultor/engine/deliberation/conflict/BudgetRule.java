package dev.consultor.engine.deliberation.conflict;

import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import java.util.ArrayList;
import java.util.List;

/**
 * Spending above the budget ceiling: what the other advisors' recommendations would cost, added up, against the
 * ceiling the financial analyst sets. The advisors whose spending makes the difference take part; line items
 * below {@value #MATERIAL_SHARE} of the total stay out of the dispute.
 */
final class BudgetRule {
    static final double MATERIAL_SHARE = 0.2;

    private final Language language;
    private final String currency;
    private final Texts texts;
    private final String commercialPlan;

    BudgetRule(Language language, String currency, Texts texts) {
        this(language, currency, texts, null);
    }

    /** @param commercialPlan the advisor whose spending the topic singles out as the commercial plan, or null */
    BudgetRule(Language language, String currency, Texts texts, String commercialPlan) {
        this.language = language;
        this.currency = currency;
        this.texts = texts;
        this.commercialPlan = commercialPlan;
    }

    List<Conflict> conflicts(List<AgentReport> reports) {
        var conflicts = new ArrayList<Conflict>();
        for (AgentReport setter : reports) conflicts.addAll(budgetConflict(setter, reports));
        return conflicts;
    }

    private List<Conflict> budgetConflict(AgentReport setter, List<AgentReport> reports) {
        Double ceiling = setter.budgetCeiling();
        if (ceiling == null) return List.of();
        double total = 0;
        var spenders = new ArrayList<Position>();
        for (AgentReport other : reports) {
            if (other.advisor().equals(setter.advisor()) || other.budgetCeiling() != null) continue;
            double spend = 0;
            Recommendation largest = null;
            for (Recommendation r : other.recommendations()) {
                if (r.cost().amount() == null) continue;
                spend += r.cost().amount();
                if (largest == null || r.cost().amount() > largest.cost().amount()) largest = r;
            }
            if (largest == null) continue;
            total += spend;
            Position p = ConflictDetector.position(other, largest, 1);
            spenders.add(new Position(
                    p.advisor(),
                    p.recommendationId(),
                    p.position(),
                    p.reasoning(),
                    p.confidence(),
                    p.evidence(),
                    1,
                    spend));
        }
        if (spenders.isEmpty() || total <= ceiling) return List.of();
        var positions = new ArrayList<Position>();
        positions.add(ceilingPosition(setter, ceiling));
        // The advisors whose spending makes the difference take part; small line items stay out of the dispute.
        double share = MATERIAL_SHARE * total;
        spenders.stream().filter(p -> p.costAmount() >= share).forEach(positions::add);
        double ratio = ceiling == 0 ? Double.POSITIVE_INFINITY : total / ceiling;
        Severity severity = ratio > 2
                ? Severity.CRITICAL
                : ratio > 1.5 ? Severity.HIGH : ratio > 1.1 ? Severity.MEDIUM : Severity.LOW;
        // The chair and the financial analyst cite the commercial plan alone; the total covers every advisor's
        // spending, so the topic says how much of it is the commercial plan's when others add to it.
        double plan = spenders.stream()
                .filter(p -> p.advisor().equals(commercialPlan))
                .mapToDouble(Position::costAmount)
                .sum();
        String topic = plan > 0 && plan < total
                ? texts.get(
                        "topic.budget.with_plan",
                        "spend",
                        Format.money(total, currency, language),
                        "plan",
                        Format.money(plan, currency, language),
                        "ceiling",
                        Format.money(ceiling, currency, language))
                : texts.get(
                        "topic.budget",
                        "spend",
                        Format.money(total, currency, language),
                        "ceiling",
                        Format.money(ceiling, currency, language));
        return List.of(new Conflict(
                "", topic, ConflictType.FINANCIAL, ConflictKind.BUDGET_EXCEEDED, severity, null, positions, total));
    }

    private Position ceilingPosition(AgentReport setter, double ceiling) {
        Recommendation restraint = setter.recommendations().stream()
                .filter(r -> r.stances().stream().anyMatch(s -> s.polarity() < 0))
                .findFirst()
                .orElse(null);
        String title = texts.get("position.ceiling", "ceiling", Format.money(ceiling, currency, language));
        if (restraint == null) {
            return new Position(
                    setter.advisor(),
                    setter.advisor() + ":budget_ceiling",
                    title,
                    setter.summary(),
                    0.8,
                    List.of(),
                    -1,
                    ceiling);
        }
        return new Position(
                setter.advisor(),
                restraint.id(),
                title + " — " + restraint.title(),
                restraint.rationale(),
                restraint.confidence(),
                restraint.evidence(),
                -1,
                ceiling);
    }
}
