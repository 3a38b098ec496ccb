package dev.consultor.bench;

import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.ProgressListener;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.playbook.PlaybookModel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * In-process time of one whole offline consultation (the five advisors and every later stage the depth runs),
 * warm, over the original's three scenarios at each depth.
 *
 * <p>Usage: {@code OfflineBench [iterations=200]}
 */
public final class OfflineBench {
    static final List<String> SCENARIOS = List.of(
            "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua aquecido, mas nossos concorrentes estão"
                    + " crescendo. Qual pode ser a causa raiz e como devemos responder estrategicamente?",
            "Somos um SaaS B2B com 50 clientes no Brasil e queremos expandir para a Europa nos próximos 12 meses."
                    + " Por qual país começar, quanto investir e como reduzir o risco?",
            "Nosso churn mensal subiu de 5% para 8% em seis meses e as reclamações no suporte dobraram."
                    + " O que está acontecendo e como reverter?");

    private OfflineBench() {}

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        var engine =
                new ConsultationEngine(Roster.defaults(), new PlaybookModel(Duration.ZERO), EngineSettings.defaults());
        var out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "# Offline consultation, in process, warm (%d runs per row)%n%n", iterations));
        out.append("| depth | median (ms) | p90 (ms) | max (ms) |\n|---|---|---|---|\n");
        for (Depth depth : Depth.values()) {
            var briefs = SCENARIOS.stream()
                    .map(p -> Brief.of(p, BusinessType.SAAS, depth, LocalDate.of(2026, 11, 29)))
                    .toList();
            for (int i = 0; i < 300; i++) engine.run(briefs.get(i % briefs.size()), ProgressListener.NONE);
            double[] ms = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                engine.run(briefs.get(i % briefs.size()), ProgressListener.NONE);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f |%n",
                    depth.name().toLowerCase(Locale.ROOT),
                    ms[iterations / 2],
                    ms[(int) (iterations * 0.9)],
                    ms[iterations - 1]));
        }
        out.append("\nTarget: median < 50 ms.\n");
        System.out.print(out);
    }
}
