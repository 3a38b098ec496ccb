package dev.consultor.bench.tokens;

import dev.consultor.engine.AdvisorOutcome;
import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.PromptBuilder;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.model.PriceTable;
import dev.consultor.engine.model.TokenUsage;
import dev.consultor.llm.anthropic.AnthropicModel;
import dev.consultor.llm.anthropic.AnthropicSettings;
import dev.consultor.llm.provider.ModelRouting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tokens and cost of our prompts against a reconstruction of the original's, on the original's three scenarios.
 * Ours: the engine's real requests, through the Anthropic adapter, billed by {@link AnthropicCacheServer}.
 * Theirs: {@link OriginalPrompting}. Usage: {@code TokenBenchmark [results.md]}.
 */
public final class TokenBenchmark {
    private static final PriceTable PRICES = PriceTable.defaults();
    /** The original ran every agent on Claude 3 Haiku; both of its rows are priced on it. */
    private static final String ORIGINAL_MODEL = RecordedOriginal.MODEL;

    static final String RECONSTRUCTED = "original, reconstructed (our content in prose)";
    static final String RECORDED = "original, as recorded (its own answers' lengths)";

    record Run(String label, Map<String, TokenUsage> perAdvisor, double costUsd) {
        TokenUsage total() {
            return perAdvisor.values().stream().reduce(TokenUsage.NONE, TokenUsage::plus);
        }

        double costEquivalent() {
            return equivalent(total());
        }
    }

    static double equivalent(TokenUsage u) {
        return u.inputTokens()
                + Tokens.CACHE_WRITE_WEIGHT * u.cacheWriteTokens()
                + Tokens.CACHE_READ_WEIGHT * u.cacheReadTokens()
                + Tokens.OUTPUT_WEIGHT * u.outputTokens();
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/results/llm-tokens.md");
        var routings = new LinkedHashMap<String, ModelRouting>();
        routings.put(
                "ours, default routing (Haiku 5.5 specialists, Sonnet 5.5 chair)",
                new ModelRouting(AnthropicSettings.DEFAULT_MODEL, AnthropicSettings.DEFAULT_CHAIR_MODEL, Map.of()));
        routings.put(
                "ours, Haiku 4.5 specialists, Sonnet 4.5 chair",
                new ModelRouting("claude-haiku-4-5", "claude-sonnet-4-5", Map.of()));
        routings.put("ours, every advisor on Sonnet 4.5", ModelRouting.single("claude-sonnet-4-5"));

        var report = new StringBuilder();
        var totals = new LinkedHashMap<String, double[]>();
        for (Scenario scenario : Scenario.all()) {
            var runs = new ArrayList<Run>();
            Map<String, TokenUsage> original = OriginalPrompting.run(scenario);
            double originalUsd = original.values().stream()
                    .mapToDouble(u -> PRICES.costUsd(ORIGINAL_MODEL, u))
                    .sum();
            runs.add(new Run(RECONSTRUCTED, original, originalUsd));
            Map<String, TokenUsage> recorded = RecordedOriginal.run(scenario);
            runs.add(new Run(
                    RECORDED,
                    recorded,
                    recorded.values().stream()
                            .mapToDouble(u -> PRICES.costUsd(ORIGINAL_MODEL, u))
                            .sum()));
            for (var routing : routings.entrySet()) runs.add(ours(scenario, routing.getKey(), routing.getValue()));
            section(report, scenario, runs);
            for (Run run : runs) {
                double[] t = totals.computeIfAbsent(run.label(), k -> new double[4]);
                TokenUsage u = run.total();
                t[0] += run.costEquivalent();
                t[1] += run.costUsd();
                t[2] += u.inputTokens()
                        + Tokens.CACHE_WRITE_WEIGHT * u.cacheWriteTokens()
                        + Tokens.CACHE_READ_WEIGHT * u.cacheReadTokens();
                t[3] += u.outputTokens();
            }
        }
        String summary = summary(totals);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Method.TEXT + summary + report);
        System.out.println(summary);
        System.out.println("written to " + out);
    }

    static Run ours(Scenario scenario, String label, ModelRouting routing) {
        // Advisors answer concurrently (commercial and market run side by side).
        var answers = new java.util.concurrent.ConcurrentHashMap<String, String>();
        try (var server = AnthropicCacheServer.start(
                scenario.brief().language(), advisor -> answers.computeIfAbsent(advisor, a -> answer(scenario, a)))) {
            var model = AnthropicModel.create(AnthropicSettings.defaults("bench-key")
                    .withBaseUrl(server.baseUrl())
                    .withModels(routing));
            Consultation consultation = new ConsultationEngine(Roster.defaults(), model, EngineSettings.defaults())
                    .run(scenario.brief(), event -> {});
            if (consultation.status() != ConsultationStatus.COMPLETED) {
                throw new IllegalStateException(
                        "benchmark consultation " + consultation.status() + ": " + consultation.errors());
            }
            // Only the five analyses are compared: the consultation's own usage also counts the board's later
            // stages (debate, votes), which the reconstruction of the original does not have.
            var perAdvisor = new LinkedHashMap<String, TokenUsage>();
            double usd = 0;
            for (AdvisorOutcome outcome : consultation.outcomes()) {
                if (outcome instanceof AdvisorOutcome.Completed c) {
                    perAdvisor.put(c.advisor(), c.usage().tokens());
                    usd += c.usage().costUsd();
                }
            }
            return new Run(label, perAdvisor, usd);
        }
    }

    /** Our sample answer for an advisor, held to the limits of the schema and prompt the engine sends it. */
    static String answer(Scenario scenario, String advisor) {
        AdvisorSpec spec = Roster.defaults().get(advisor);
        var colleagues = spec.dependsOn().stream()
                .flatMap(d -> SampleReports.of(scenario, d).kpis().stream())
                .toList();
        String json = SampleReports.asModelJson(SampleReports.of(scenario, advisor), spec, colleagues);
        SampleReports.check(json, PromptBuilder.schema(spec).json());
        return json;
    }

    private static void section(StringBuilder out, Scenario scenario, List<Run> runs) {
        out.append("\n## Scenario ")
                .append(scenario.number())
                .append(": ")
                .append(scenario.title())
                .append("\n\n");
        out.append(
                "| prompting | input | cache write | cache read | output | cost-equivalent tokens (vs reconstructed /"
                        + " recorded) | USD |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        double base = runs.get(0).costEquivalent();
        double recorded = runs.get(1).costEquivalent();
        for (Run run : runs) {
            TokenUsage t = run.total();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %,d | %,d | %,.0f (%.0f %% / %.0f %%) | %.4f |%n",
                    run.label(),
                    t.inputTokens(),
                    t.cacheWriteTokens(),
                    t.cacheReadTokens(),
                    t.outputTokens(),
                    run.costEquivalent(),
                    100 * run.costEquivalent() / base,
                    100 * run.costEquivalent() / recorded,
                    run.costUsd()));
        }
        out.append("\nPer advisor (input + cache write + cache read → output):\n\n");
        for (Run run : runs) {
            out.append("- ").append(run.label()).append(": ");
            var parts = new ArrayList<String>();
            run.perAdvisor()
                    .forEach((advisor, u) -> parts.add(String.format(
                            Locale.ROOT,
                            "%s %d+%d+%d→%d",
                            advisor,
                            u.inputTokens(),
                            u.cacheWriteTokens(),
                            u.cacheReadTokens(),
                            u.outputTokens())));
            out.append(String.join(", ", parts)).append('\n');
        }
    }

    private static String summary(Map<String, double[]> totals) {
        var out = new StringBuilder("\n## Totals over the three scenarios\n\n");
        out.append(
                "| prompting | input side¹ | output | cost-equivalent tokens | vs reconstructed | vs recorded | USD |"
                        + " vs reconstructed | vs recorded |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double[] reconstructed = totals.get(RECONSTRUCTED);
        double[] recorded = totals.get(RECORDED);
        totals.forEach((label, t) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %,.0f | %,.0f | %,.0f | %.1f %% | %.1f %% | %.4f | %.0f %% | %.0f %% |%n",
                label,
                t[2],
                t[3],
                t[0],
                100 * t[0] / reconstructed[0],
                100 * t[0] / recorded[0],
                t[1],
                100 * t[1] / reconstructed[1],
                100 * t[1] / recorded[1])));
        out.append("\n¹ input + 1.25 × cache write + 0.1 × cache read: the part of the cost the prompting decides.\n");
        return out.toString();
    }
}
