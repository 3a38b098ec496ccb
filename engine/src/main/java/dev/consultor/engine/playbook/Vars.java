package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.Language;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values every template of a consultation can use: the business type's vocabulary, the problem's figures
 * and the most telling data facts. A value the brief does not give is left out, so templates that need it fall
 * back to a variant that does not.
 */
final class Vars {
    private static final int QUOTE_CHARS = 120;

    private final Brief brief;
    private final KnowledgeBase kb;
    private final List<Situation> situations;
    private final Figures figures;
    private final DataFacts data;
    private final double revenue;
    private final Language lang;

    Vars(Brief brief, KnowledgeBase kb, List<Situation> situations, Figures figures, DataFacts data, double revenue) {
        this.brief = brief;
        this.kb = kb;
        this.situations = situations;
        this.figures = figures;
        this.data = data;
        this.revenue = revenue;
        this.lang = brief.language();
    }

    Map<String, String> common() {
        var vars = new TreeMap<String, String>();
        kb.terms(brief.businessType()).forEach((term, text) -> vars.put(term, text.in(lang)));
        vars.put("business_type", brief.businessType().label(lang));
        vars.put("situation", situations.get(0).name().in(lang));
        if (situations.size() > 2)
            vars.put("situation2", situations.get(1).name().in(lang));
        vars.put("problem_quote", quote(brief.problem()));
        vars.put("revenue_base", Numbers.money(revenue, brief.currency(), lang));
        figures(vars);
        // The summary says the data confirms the reading, which only the company's own data can do.
        var cited = data.findAll(situations.get(0).columns(), 2).stream()
                .filter(f -> !DataFacts.aboutOthers(f.set()))
                .toList();
        if (!cited.isEmpty()) {
            vars.put("data_fact", data.cite(cited.get(0)));
            vars.put("data_file", cited.get(0).set().name());
        }
        if (cited.size() > 1) vars.put("data_fact2", data.cite(cited.get(1)));
        return vars;
    }

    private void figures(Map<String, String> vars) {
        if (!figures.percents().isEmpty())
            vars.put("pct", Numbers.percent(figures.percents().get(0), lang));
        figures.change().ifPresent(c -> {
            vars.put("pct_from", Numbers.percent(c.from(), lang));
            vars.put("pct_to", Numbers.percent(c.to(), lang));
            vars.put("pp_delta", Numbers.points(Math.abs(c.to() - c.from()), lang));
            // Sentences about a rate that got worse by rising (churn) must not be said of one that fell.
            if (c.to() > c.from()) {
                vars.put("rise_from", Numbers.percent(c.from(), lang));
                vars.put("rise_to", Numbers.percent(c.to(), lang));
                if (c.from() != 0) {
                    vars.put("rise_rel", Numbers.percent(Numbers.round1((c.to() - c.from()) / c.from() * 100), lang));
                }
            }
            // Monthly churn compounds: 8% a month loses 1 - 0.92^12 = 63% of the base in a year.
            if (c.to() > 0 && c.to() < 100) {
                vars.put("annual_loss", Numbers.percent(Math.round((1 - Math.pow(1 - c.to() / 100, 12)) * 100), lang));
            }
            if (c.to() > 0 && c.to() < 100) {
                String months = lang.isPortuguese() ? " meses" : " months";
                vars.put("customer_life", Numbers.decimal(Numbers.round1(100 / c.to()), lang) + months);
            }
            if (c.from() != 0) {
                vars.put(
                        "rel_change",
                        Numbers.percent(Numbers.round1(Math.abs(c.to() - c.from()) / c.from() * 100), lang));
            }
        });
        figures.period().ifPresent(p -> {
            vars.put("period", period(p));
            vars.put("period_days", String.valueOf(p.days()));
        });
        if (!figures.counts().isEmpty()) {
            Figures.Count first = figures.counts().get(0);
            vars.put(
                    "count",
                    Numbers.decimal(first.value(), lang) + " "
                            + (lang.isPortuguese()
                                    ? first.noun().pt()
                                    : first.noun().en()));
        }
        figures.customers().ifPresent(c -> vars.put("customer_count", Numbers.decimal(c.value(), lang)));
        if (!figures.amounts().isEmpty()) {
            Figures.Amount a = figures.amounts().get(0);
            vars.put("amount", Numbers.money(a.value(), a.currency(), lang));
        }
        if (figures.quarter() > 0) {
            vars.put("quarter", lang.isPortuguese() ? figures.quarter() + "º trimestre" : "Q" + figures.quarter());
        }
        figures.region().ifPresent(r -> {
            vars.put("region", lang.isPortuguese() ? r.pt() : r.en());
            if (r.in() != null) vars.put("in_region", r.in().in(lang));
            if (r.to() != null) vars.put("to_region", r.to().in(lang));
            if (r.the() != null) vars.put("the_region", r.the().in(lang));
        });
    }

    private String period(Figures.Period p) {
        boolean one = p.length() == 1;
        String unit = switch (p.unit()) {
            case DAY -> lang.isPortuguese() ? (one ? "dia" : "dias") : (one ? "day" : "days");
            case WEEK -> lang.isPortuguese() ? (one ? "semana" : "semanas") : (one ? "week" : "weeks");
            case MONTH -> lang.isPortuguese() ? (one ? "mês" : "meses") : (one ? "month" : "months");
            case QUARTER -> lang.isPortuguese() ? (one ? "trimestre" : "trimestres") : (one ? "quarter" : "quarters");
            case YEAR -> lang.isPortuguese() ? (one ? "ano" : "anos") : (one ? "year" : "years");
        };
        return p.length() + " " + unit;
    }

    /** The problem's first sentence, short enough to quote as evidence. */
    static String quote(String problem) {
        String flat = problem.replaceAll("\\s+", " ").strip();
        int end = -1;
        for (int i = 0; i < flat.length(); i++) {
            char ch = flat.charAt(i);
            if ((ch == '.' || ch == '?' || ch == '!') && (i + 1 == flat.length() || flat.charAt(i + 1) == ' ')) {
                end = i;
                break;
            }
        }
        String sentence = end > 0 ? flat.substring(0, end) : flat;
        if (sentence.length() > QUOTE_CHARS) {
            int cut = sentence.lastIndexOf(' ', QUOTE_CHARS);
            sentence = sentence.substring(0, cut > 40 ? cut : QUOTE_CHARS) + "…";
        }
        return sentence;
    }
}
