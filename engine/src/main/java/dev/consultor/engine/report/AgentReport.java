package dev.consultor.engine.report;

import java.util.List;

/**
 * What one advisor concludes. Markdown and every other presentation are rendered from this record, never parsed
 * back from prose.
 *
 * @param advisor the roster id of the advisor who wrote it
 * @param budgetCeiling the most the company should spend on the response in the brief's currency, set by the
 *     financial analyst; null for the others or when unknown
 */
public record AgentReport(
        String advisor,
        String summary,
        List<Hypothesis> hypotheses,
        List<Recommendation> recommendations,
        List<Risk> risks,
        List<Kpi> kpis,
        List<String> assumptions,
        Double budgetCeiling) {

    public AgentReport {
        advisor = Checks.optional(advisor);
        summary = Checks.text(summary, "summary");
        hypotheses = Checks.list(hypotheses);
        recommendations = Checks.list(recommendations);
        risks = Checks.list(risks);
        kpis = Checks.list(kpis);
        assumptions = Checks.list(assumptions);
        if (budgetCeiling != null && !(budgetCeiling >= 0)) {
            throw new IllegalArgumentException("budget ceiling must be a non-negative number");
        }
    }

    /** The same report with other recommendations (numbered again by {@link #attributedTo}). */
    public AgentReport withRecommendations(List<Recommendation> others) {
        return new AgentReport(advisor, summary, hypotheses, others, risks, kpis, assumptions, budgetCeiling);
    }

    /** Stamps the advisor id and numbers the recommendations "advisor-1", "advisor-2", ... */
    public AgentReport attributedTo(String advisorId) {
        var numbered = new java.util.ArrayList<Recommendation>(recommendations.size());
        for (int i = 0; i < recommendations.size(); i++) {
            numbered.add(recommendations.get(i).withId(advisorId + "-" + (i + 1)));
        }
        return new AgentReport(advisorId, summary, hypotheses, numbered, risks, kpis, assumptions, budgetCeiling);
    }
}
