package dev.consultor.engine.deliberation.conflict;

import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Dimension;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds conflicts between advisors on the typed fields of their reports: opposite stances on a dimension,
 * spending above the budget ceiling, incompatible targets for one KPI, and one action in incompatible horizons.
 * An advisor never conflicts with itself, and the result does not depend on the order of the reports.
 */
public final class ConflictDetector {
    private final Language language;
    private final String currency;
    private final Texts texts;
    private final java.util.Set<String> arbiters;
    private final String commercialPlan;

    public ConflictDetector(Language language, String currency) {
        this(language, currency, java.util.Set.of());
    }

    public ConflictDetector(Language language, String currency, java.util.Set<String> arbiters) {
        this(language, currency, arbiters, null);
    }

    /**
     * @param arbiters advisors whose reports are left out because they settle conflicts rather than take part
     *     in them: the chair, whose recommendations synthesise the others'
     * @param commercialPlan the advisor whose spending is "the commercial plan" (the CRO seat), or null: a budget
     *     conflict's topic says how much of the total is that plan's, the figure the chair and the financial
     *     analyst cite
     */
    public ConflictDetector(Language language, String currency, java.util.Set<String> arbiters, String commercialPlan) {
        this.language = language;
        this.currency = currency;
        this.texts = Texts.of(language);
        this.arbiters = java.util.Set.copyOf(arbiters);
        this.commercialPlan = commercialPlan;
    }

    /** Conflicts among all reports, most severe first, numbered C1, C2, ... */
    public List<Conflict> detect(List<AgentReport> reports) {
        List<AgentReport> sorted = reports.stream()
                .filter(r -> !arbiters.contains(r.advisor()))
                .sorted(Comparator.comparing(AgentReport::advisor))
                .toList();
        var found = new ArrayList<>(new StanceRule(texts).conflicts(sorted));
        found.addAll(new BudgetRule(language, currency, texts, commercialPlan).conflicts(sorted));
        found.addAll(new KpiRule(texts).conflicts(sorted));
        found.addAll(new HorizonRule(language, texts).conflicts(sorted));
        found.sort(Comparator.comparing(Conflict::severity).reversed().thenComparing(Conflict::key));
        var numbered = new ArrayList<Conflict>(found.size());
        for (int i = 0; i < found.size(); i++) numbered.add(found.get(i).withId("C" + (i + 1)));
        return List.copyOf(numbered);
    }

    static Stance stanceOn(Recommendation r, Dimension dimension) {
        for (Stance s : r.stances()) if (s.dimension() == dimension) return s;
        return null;
    }

    static Position position(AgentReport report, Recommendation r, int side) {
        return new Position(
                report.advisor(),
                r.id(),
                r.title(),
                r.rationale(),
                r.confidence(),
                r.evidence(),
                side,
                r.cost().amount());
    }

    static int maxCost(List<Recommendation> recommendations) {
        return recommendations.stream()
                .mapToInt(r -> r.cost().level().ordinal())
                .max()
                .orElse(0);
    }

    static int maxImpact(List<Recommendation> recommendations) {
        return recommendations.stream()
                .mapToInt(r -> r.impact().ordinal())
                .max()
                .orElse(0);
    }

    static ConflictType typeOf(Dimension dimension) {
        return switch (dimension) {
            case INVESTMENT -> ConflictType.FINANCIAL;
            case PRICE -> ConflictType.TACTICAL;
            case PACE -> ConflictType.PRIORITY;
            case FOCUS -> ConflictType.STRATEGIC;
            case RISK_APPETITE -> ConflictType.RISK;
        };
    }

    /** Conflicts between exactly these two reports, for tests and pairwise checks. */
    public List<Conflict> detect(AgentReport a, AgentReport b) {
        return detect(List.of(a, b));
    }
}
