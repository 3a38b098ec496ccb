package dev.consultor.engine.playbook;

import java.util.List;
import java.util.Optional;

/**
 * The figures a founder wrote into the problem, as read by {@link FigureReader}.
 *
 * @param percents every percentage in order of appearance
 * @param change a move from one rate to another ("de 5% para 8%"), if any
 * @param period the time span the problem talks about ("3 meses"), if any
 * @param counts counted things ("50 clientes") in order of appearance
 * @param amounts sums of money ("R$ 2 milhões", "$500k") in order of appearance
 * @param revenue a month of revenue the problem states, if it states one
 * @param quarter the quarter named (1..4), or 0
 * @param region the market named (e.g. Europe), if any
 */
record Figures(
        List<Double> percents,
        Optional<Change> change,
        Optional<Period> period,
        List<Count> counts,
        List<Amount> amounts,
        Optional<Amount> revenue,
        int quarter,
        Optional<KnowledgeBase.Word> region) {

    Figures {
        percents = List.copyOf(percents);
        counts = List.copyOf(counts);
        amounts = List.copyOf(amounts);
    }

    record Change(double from, double to) {}

    record Period(int length, Unit unit) {
        enum Unit {
            DAY,
            WEEK,
            MONTH,
            QUARTER,
            YEAR
        }

        int days() {
            return switch (unit) {
                case DAY -> length;
                case WEEK -> 7 * length;
                case MONTH -> 30 * length;
                case QUARTER -> 91 * length;
                case YEAR -> 365 * length;
            };
        }
    }

    record Count(double value, KnowledgeBase.Word noun) {}

    record Amount(double value, String currency) {}

    Optional<Count> customers() {
        return counts.stream().filter(c -> c.noun().customers()).findFirst();
    }
}
