package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Accents;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.Language;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the playbook reads from a brief before any advisor speaks: the situations it recognises, the figures in
 * the problem, the attached data, the company's size, and the values templates are filled with.
 *
 * @param situations ranked, the general playbook last
 * @param monthlyRevenue a month of revenue in the brief's currency: from the data, else as the problem states it,
 *     else estimated; amounts scale with it
 */
record Reading(
        Brief brief,
        KnowledgeBase kb,
        List<Situation> situations,
        Figures figures,
        DataFacts data,
        double monthlyRevenue,
        Map<String, String> vars) {

    /** What a month of revenue is taken to be when nothing in the brief says, per currency unit of BRL. */
    private static final double DEFAULT_MONTHLY_REVENUE_BRL = 500_000;

    private static final List<String> CUSTOMER_COLUMNS =
            List.of("clientes_ativos", "clientes_inicio", "clientes_fim", "customers", "clientes");

    Reading {
        situations = List.copyOf(situations);
        vars = java.util.Collections.unmodifiableMap(new TreeMap<>(vars));
    }

    static Reading of(Brief brief, KnowledgeBase kb) {
        String folded = Accents.fold(brief.problem());
        List<Situation> situations = Recognition.rank(folded, kb);
        Figures figures = new FigureReader(kb.words()).read(brief.problem(), brief.language());
        var data = new DataFacts(brief, kb);
        double revenue = data.monthlyRevenue()
                .or(() -> figures.revenue()
                        .map(r -> RoughRates.convert(r.value(), r.currency(), brief.currency()))
                        .filter(v -> v > 0))
                .orElseGet(() -> estimatedRevenue(brief, kb, figures, data));
        var vars = new Vars(brief, kb, situations, figures, data, revenue).common();
        return new Reading(brief, kb, situations, figures, data, revenue, vars);
    }

    Language language() {
        return brief.language();
    }

    Situation primary() {
        return situations.get(0);
    }

    String money(double amount) {
        return Numbers.money(amount, brief.currency(), brief.language());
    }

    /**
     * Customers (counted in the problem or in the data) times what a customer of this kind of business typically
     * pays, or a small company's month.
     */
    private static double estimatedRevenue(Brief brief, KnowledgeBase kb, Figures figures, DataFacts data) {
        double rate = RoughRates.perReal(brief.currency());
        double ticket = kb.monthlyTicket(brief.businessType()) * rate;
        return figures.customers()
                .map(Figures.Count::value)
                .or(() -> data.find(CUSTOMER_COLUMNS).map(f -> f.column().last()))
                .map(customers -> customers * ticket)
                .filter(v -> v > 0)
                .orElse(DEFAULT_MONTHLY_REVENUE_BRL * rate);
    }
}
