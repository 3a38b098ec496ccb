package dev.consultor.bench.tokens;

import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import java.util.Locale;

/**
 * The same content as prose, the way the original's advisors wrote their reports: headed sections and full
 * sentences. No padding is added, so the original's output is, if anything, under-counted.
 */
final class ProseReport {
    private ProseReport() {}

    static String of(String name, AgentReport report) {
        var out = new StringBuilder("# Relatório — ").append(name).append("\n\n## Resumo\n");
        out.append(report.summary()).append("\n\n## Hipóteses\n");
        int n = 1;
        for (Hypothesis h : report.hypotheses()) {
            out.append(n++).append(". ").append(h.statement());
            out.append(" (confiança de ")
                    .append(Math.round(h.confidence() * 100))
                    .append("%)\n");
            for (String e : h.evidence())
                out.append("   - Evidência: ").append(e).append('\n');
        }
        out.append("\n## Recomendações\n");
        for (Recommendation r : report.recommendations()) {
            out.append("### ")
                    .append(r.title())
                    .append('\n')
                    .append(r.rationale())
                    .append('\n');
            out.append("- Prazo: ")
                    .append(r.horizon().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            out.append("; custo ").append(r.cost().level().name().toLowerCase(Locale.ROOT));
            if (r.cost().amount() != null)
                out.append(" (R$ ").append(Math.round(r.cost().amount())).append(')');
            out.append("; impacto ").append(r.impact().name().toLowerCase(Locale.ROOT));
            out.append("; responsável: ")
                    .append(r.owner())
                    .append("; indicador: ")
                    .append(r.kpi())
                    .append('\n');
            for (String e : r.evidence()) out.append("- Base: ").append(e).append('\n');
        }
        out.append("\n## Riscos\n");
        for (Risk k : report.risks()) {
            out.append("- ").append(k.description()).append(" Probabilidade ").append(k.probability());
            out.append("/5, impacto ")
                    .append(k.impact())
                    .append("/5. Mitigação: ")
                    .append(k.mitigation());
            out.append(" (").append(k.owner()).append(")\n");
        }
        out.append("\n## Indicadores\n");
        for (Kpi k : report.kpis()) {
            out.append("- ")
                    .append(k.name())
                    .append(": de ")
                    .append(k.baseline())
                    .append(k.unit());
            out.append(" para ")
                    .append(k.target())
                    .append(k.unit())
                    .append(" em ")
                    .append(k.deadlineDays());
            out.append(" dias\n");
        }
        out.append("\n## Premissas\n");
        for (String a : report.assumptions()) out.append("- ").append(a).append('\n');
        if (report.budgetCeiling() != null) {
            out.append("\nTeto de orçamento: R$ ")
                    .append(Math.round(report.budgetCeiling()))
                    .append('\n');
        }
        return out.toString();
    }
}
