package dev.consultor.bench;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.ProgressListener;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.model.LanguageModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Scheduling overhead: wall time of consultations against the critical-path bound, alone and 1,000 at once in
 * one JVM, under the dependency-driven schedule and under a layer-barrier one.
 *
 * <p>Usage: {@code SchedulingBench [latencyMs=500] [concurrent=1000]}
 */
public final class SchedulingBench {
    private static final Brief BRIEF = Brief.of(
            "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua aquecido, mas nossos concorrentes"
                    + " estão crescendo. Qual pode ser a causa raiz e como devemos responder estrategicamente?",
            BusinessType.B2B, Depth.STANDARD, LocalDate.of(2026, 11, 29));

    private SchedulingBench() {}

    public static void main(String[] args) throws Exception {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 500;
        int concurrent = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        var out = new StringBuilder();
        Roster roster = Roster.defaults();
        Roster layered = roster.withLayerBarriers();
        Function<String, Long> uniform = role -> latency;
        // A slow market specialist: the financial analyst does not need it, so it need not wait for it.
        Map<String, Long> skewed = Map.of(
                "analyst",
                latency,
                "commercial",
                latency,
                "market",
                3 * latency,
                "financial",
                2 * latency,
                "reviewer",
                latency);

        warmUp(roster);
        line(
                out,
                "# Scheduling benchmark (latency L = %d ms per call, %d concurrent consultations, %d cores)",
                latency,
                concurrent,
                Runtime.getRuntime().availableProcessors());
        line(out, "");
        line(out, "| workload | schedule | bound (ms) | wall (ms) | wall / bound | peak heap (MiB) |");
        line(out, "|---|---|---|---|---|---|");
        long uniformBound = 4 * latency;
        long skewedBound = 5 * latency; // analyst 1 + market 3 + reviewer 1
        var single = measure(roster, uniform, 1);
        row(out, "1 consultation, uniform L", "dependency-driven", uniformBound, single);
        var many = measure(roster, uniform, concurrent);
        row(out, concurrent + " consultations, uniform L", "dependency-driven", uniformBound, many);
        var singleSkewed = measure(roster, skewed::get, 1);
        row(out, "1 consultation, slow market", "dependency-driven", skewedBound, singleSkewed);
        var layeredSkewed = measure(layered, skewed::get, 1);
        row(out, "1 consultation, slow market", "layer barriers", skewedBound, layeredSkewed);
        var manySkewed = measure(roster, skewed::get, concurrent);
        row(out, concurrent + " consultations, slow market", "dependency-driven", skewedBound, manySkewed);
        var manyLayered = measure(layered, skewed::get, concurrent);
        row(out, concurrent + " consultations, slow market", "layer barriers", skewedBound, manyLayered);
        line(out, "");
        line(
                out,
                "- %d concurrent / 1 consultation (uniform): %.3f (target ≤ 1.25)",
                concurrent,
                (double) many.wallMs / single.wallMs);
        line(
                out,
                "- single consultation wall / critical path (uniform): %.3f (target ≤ 1.05)",
                (double) single.wallMs / uniformBound);
        line(
                out,
                "- layer barriers / dependency-driven (slow market, 1 consultation): %.3f",
                (double) layeredSkewed.wallMs / singleSkewed.wallMs);
        line(
                out,
                "- layer barriers / dependency-driven (slow market, %d consultations): %.3f",
                concurrent,
                (double) manyLayered.wallMs / manySkewed.wallMs);
        System.out.print(out);
    }

    record Result(long wallMs, double peakHeapMiB, int degraded) {}

    static Result measure(Roster roster, Function<String, Long> latency, int count) throws InterruptedException {
        LanguageModel model = new LatencyModel(role -> Duration.ofMillis(latency.apply(role)));
        var engine = new ConsultationEngine(roster, model, EngineSettings.defaults());
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var results = new Consultation[count];
        var start = new CountDownLatch(1);
        var threads = new ArrayList<Thread>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                results[index] = engine.run(BRIEF, ProgressListener.NONE);
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) t.join();
        long wall = (System.nanoTime() - t0) / 1_000_000;
        // Summing each pool's peak over-states the true peak (pools peak at different moments): an upper bound.
        double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024);
        int notCompleted = (int) Arrays.stream(results)
                .filter(c -> c.status() != ConsultationStatus.COMPLETED)
                .count();
        return new Result(wall, peak, notCompleted);
    }

    private static void warmUp(Roster roster) throws InterruptedException {
        for (int i = 0; i < 3; i++) measure(roster, role -> 5L, 200);
    }

    private static void row(StringBuilder out, String workload, String schedule, long bound, Result r) {
        line(
                out,
                "| %s | %s | %d | %d | %.3f | %.0f |%s",
                workload,
                schedule,
                bound,
                r.wallMs,
                (double) r.wallMs / bound,
                r.peakHeapMiB,
                r.degraded == 0 ? "" : " " + r.degraded + " not completed!");
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
