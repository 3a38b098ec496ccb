package dev.consultor.bench.tokens;

import dev.consultor.engine.AdvisorOutcome;
import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.EngineSettings;
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
    private static final String ORIGINAL_MODEL = "claude-sonnet-4-5";

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
                "ours, default routing (Haiku 4.5 specialists, Sonnet 4.5 chair)",
                new ModelRouting(AnthropicSettings.DEFAULT_MODEL, AnthropicSettings.DEFAULT_CHAIR_MODEL, Map.of()));
        routings.put("ours, every advisor on Sonnet 4.5", ModelRouting.single("claude-sonnet-4-5"));

        var report = new StringBuilder();
        var totals = new LinkedHashMap<String, double[]>();
        for (Scenario scenario : Scenario.all()) {
            var runs = new ArrayList<Run>();
            Map<String, TokenUsage> original = OriginalPrompting.run(scenario);
            double originalUsd = original.values().stream()
                    .mapToDouble(u -> PRICES.costUsd(ORIGINAL_MODEL, u))
                    .sum();
            runs.add(new Run("original (reconstructed), every advisor on Sonnet 4.5", original, originalUsd));
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
        String summary = summary(totals) + sensitivity(totals);
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
        String json = SampleReports.asModelJson(SampleReports.of(scenario, advisor));
        SampleReports.check(
                json, PromptBuilder.schema(Roster.defaults().get(advisor)).json());
        return json;
    }

    private static void section(StringBuilder out, Scenario scenario, List<Run> runs) {
        out.append("\n## Scenario ")
                .append(scenario.number())
                .append(": ")
                .append(scenario.title())
                .append("\n\n");
        out.append("| prompting | input | cache write | cache read | output | cost-equivalent tokens | USD |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        double base = runs.get(0).costEquivalent();
        for (Run run : runs) {
            TokenUsage t = run.total();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %,d | %,d | %,.0f (%.0f %%) | %.4f |%n",
                    run.label(),
                    t.inputTokens(),
                    t.cacheWriteTokens(),
                    t.cacheReadTokens(),
                    t.outputTokens(),
                    run.costEquivalent(),
                    100 * run.costEquivalent() / base,
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
        out.append("| prompting | input side¹ | vs original | output | cost-equivalent tokens | vs original | USD |"
                + " vs original |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        double[] base = totals.values().iterator().next();
        totals.forEach((label, t) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %,.0f | %.1f %% | %,.0f | %,.0f | %.1f %% | %.4f | %.1f %% |%n",
                label,
                t[2],
                100 * t[2] / base[2],
                t[3],
                t[0],
                100 * t[0] / base[0],
                t[1],
                100 * t[1] / base[1])));
        out.append(
                "\n¹ input + 1.25 × cache write + 0.1 × cache read: the part of the cost the prompting decides;"
                        + " the output is the answers' own length: the same facts on both sides, ours at our prompt's limits.\n");
        return out.toString();
    }

    /** How the comparison moves when the original's prose reports were longer than the same content put tersely. */
    private static String sensitivity(Map<String, double[]> totals) {
        var out = new StringBuilder("\n## If the original's prose reports were longer\n\n");
        out.append("The baseline gives the original's advisors the same facts as ours, in prose sentences of"
                + " ordinary length. An unconstrained model asked for a complete report writes more, and each extra token is paid again,"
                + " twice, in every dependent's prompt. Ours is unchanged; the ratio is ours / original in"
                + " cost-equivalent tokens:\n\n");
        out.append("| original's reports vs the same content | original cost-equivalent tokens |");
        var labels = new ArrayList<>(totals.keySet()).subList(1, totals.size());
        for (String label : labels) out.append(' ').append(label).append(" |");
        out.append("\n|---|---:|").append("---:|".repeat(labels.size())).append('\n');
        for (double factor : new double[] {1.0, 1.5, 2.0}) {
            double original = 0;
            for (Scenario scenario : Scenario.all()) {
                original += OriginalPrompting.run(scenario, factor).values().stream()
                        .mapToDouble(TokenBenchmark::equivalent)
                        .sum();
            }
            out.append(String.format(Locale.ROOT, "| %.1f× | %,.0f |", factor, original));
            for (String label : labels) {
                out.append(String.format(Locale.ROOT, " %.1f %% |", 100 * totals.get(label)[0] / original));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
