package dev.consultor.engine.advisor;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.ColumnProfile;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.PastConsultation;
import java.util.Locale;

/** Renders the parts of a brief that every advisor shares, as the stable (cacheable) prefix of a request. */
public final class BriefText {
    private BriefText() {}

    public static String problem(Brief brief) {
        boolean pt = brief.language().isPortuguese();
        return (pt ? "# Problema\n" : "# Problem\n")
                + brief.problem()
                + "\n\n"
                + (pt ? "Tipo de negócio: " : "Business type: ")
                + brief.businessType().label(brief.language())
                + "\n"
                + (pt ? "Profundidade: " : "Depth: ")
                + brief.depth().label(brief.language())
                + "\n"
                + (pt ? "Data da consulta: " : "Consultation date: ")
                + brief.asOf()
                + "\n"
                + (pt ? "Moeda: " : "Currency: ")
                + brief.currency()
                + "\n";
    }

    /** Data facts as compact lines: one per numeric column. Empty when nothing is attached. */
    public static String data(Brief brief) {
        if (brief.data().isEmpty()) return "";
        boolean pt = brief.language().isPortuguese();
        var out = new StringBuilder(pt ? "# Dados anexados\n" : "# Attached data\n");
        for (DataSet set : brief.data()) {
            out.append("## ").append(set.name()).append(" (").append(set.rowCount());
            out.append(pt ? " linhas" : " rows");
            if (set.periodColumn() != null) {
                out.append(", ").append(set.periodColumn()).append(' ');
                out.append(set.firstPeriod()).append(" → ").append(set.lastPeriod());
            }
            out.append(")\n");
            for (ColumnProfile c : set.columns()) {
                out.append("- ").append(c.name()).append(": ");
                out.append(number(c.first())).append(" → ").append(number(c.last()));
                if (c.changePct() != null) {
                    out.append(String.format(Locale.ROOT, " (%+.1f%%)", c.changePct()));
                }
                out.append(pt ? ", mín " : ", min ").append(number(c.min()));
                out.append(pt ? ", máx " : ", max ").append(number(c.max()));
                out.append(pt ? ", média " : ", mean ").append(number(c.mean()));
                out.append(", ")
                        .append(c.trend().name().toLowerCase(Locale.ROOT))
                        .append('\n');
            }
            if (!set.textColumns().isEmpty()) {
                out.append(pt ? "- colunas de texto: " : "- text columns: ");
                out.append(String.join(", ", set.textColumns())).append('\n');
            }
        }
        return out.toString();
    }

    public static String history(Brief brief) {
        if (brief.history().isEmpty()) return "";
        boolean pt = brief.language().isPortuguese();
        var out = new StringBuilder(pt ? "# Consultas anteriores relevantes\n" : "# Relevant earlier consultations\n");
        for (PastConsultation past : brief.history()) {
            out.append("- ").append(past.date()).append(" [").append(past.id()).append("] ");
            out.append(String.join(", ", past.themes())).append(": ");
            out.append(past.decision().isEmpty() ? past.problem() : past.decision())
                    .append('\n');
        }
        return out.toString();
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return String.format(Locale.ROOT, "%.0f", value);
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
