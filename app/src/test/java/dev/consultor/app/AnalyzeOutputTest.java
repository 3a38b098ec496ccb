package dev.consultor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnalyzeOutputTest {
    private static final String PORTUGUESE =
            "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua aquecido, mas nossos concorrentes"
                    + " estão crescendo. Qual pode ser a causa raiz?";
    private static final String ENGLISH =
            "Our sales fell 20% in the last 3 months while the market keeps growing. What is the root cause?";

    private final Cli cli = Cli.withModel(FakeModel.answeringAll());

    @Test
    void printsTheWholeConsultationAsJson() {
        var result = cli.run("analyze", "--format", "json", "--business-type", "B2B", "--problem", PORTUGUESE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = Json.mapper().readTree(result.out());
        assertThat(json.get("status").asString()).isEqualTo("completed");
        assertThat(json.get("outcomes").size()).isEqualTo(5);
        assertThat(json.get("outcomes").valueStream().map(o -> o.get("advisor").asString()))
                .containsExactly("analyst", "commercial", "market", "financial", "reviewer");
        assertThat(json.get("outcomes").valueStream().map(o -> o.get("outcome").asString()))
                .containsOnly("completed");
        assertThat(json.at("/brief/business_type").asString()).isEqualTo("b2b");
        assertThat(json.at("/brief/as_of").asString()).isEqualTo("2026-03-02");
        assertThat(json.at("/usage/calls").asInt()).isEqualTo(5);
    }

    @Test
    void writesMarkdownInPortugueseForAPortugueseProblem() {
        var result = cli.run("analyze", "-t", "B2B", "-p", PORTUGUESE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("# Análise do Conselho Consultivo")
                .contains("**Tipo de negócio:** B2B", "**Profundidade:** Padrão", "2 de março de 2026")
                .contains("### 1. Analista de Negócios", "### 5. Revisor Executivo", "#### Recomendações")
                .contains("Custo: baixo (R$ 15.000)")
                .doesNotContain("Recommendations");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void writesMarkdownInEnglishForAnEnglishProblem() {
        var result = cli.run("analyze", "-p", ENGLISH, "--depth", "deep", "--as-of", "2026-01-15");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("# Advisory Board Analysis")
                .contains("**Depth:** deep", "January 15, 2026", "### 1. Business Analyst", "Cost: low ($15,000)")
                .doesNotContain("Recomendações");
    }

    @Test
    void answersInTheLanguageAskedForRatherThanTheDetectedOne() {
        var result = cli.run("analyze", "-p", PORTUGUESE, "--language", "en");

        assertThat(result.out()).startsWith("# Advisory Board Analysis").contains("Sales fell because");
    }

    @Test
    void showsTheProfiledFiguresOfAnAttachedCsv() throws URISyntaxException {
        Path csv = Path.of(
                getClass().getResource("/data/vendas_ultimos_6_meses.csv").toURI());

        var result = cli.run("analyze", "-p", PORTUGUESE, "--data", csv.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("### vendas_ultimos_6_meses.csv", "6 linhas · período 2025-07 a 2025-12")
                .contains("**vendas_total**: 850.000 → 680.000 (−20%); mín. 680.000, máx. 850.000")
                .contains("**conversao_pct**: 8,5 → 5,2 (−38,8%)", "em queda");
    }

    @Test
    void attachesSeveralCsvFilesInOrder() throws URISyntaxException {
        Path csv = Path.of(
                getClass().getResource("/data/vendas_ultimos_6_meses.csv").toURI());

        var result = cli.run(
                "analyze", "-p", PORTUGUESE, "--format", "json", "--data", csv.toString(), "--data", csv.toString());

        assertThat(Json.mapper().readTree(result.out()).at("/brief/data").size())
                .isEqualTo(2);
    }

    @Test
    void reportsADegradedConsultationWithItsOwnExitCodeAndStillPrintsIt() {
        var result = Cli.withModel(new FakeModel(Set.of("market"))).run("analyze", "-p", PORTUGUESE, "--progress");

        assertThat(result.exitCode()).isEqualTo(ExitCode.ANALYSIS_DEGRADED);
        assertThat(result.out())
                .contains("parcial (4 de 5 conselheiros responderam)")
                .contains("Especialista de Mercado — não respondeu", "the fake model \\[31mrefuses\\[0m market");
        assertThat(result.err())
                .contains("✗ Especialista de Mercado — the fake model [31mrefuses[0m market")
                .contains("warning: the analysis is partial")
                .doesNotContain("Exception", "\u001b");
    }

    @Test
    void reportsAFailedConsultationWithItsOwnExitCode() {
        var everyone = Set.of("analyst", "commercial", "market", "financial", "reviewer");
        var result = Cli.withModel(new FakeModel(everyone)).run("analyze", "-p", ENGLISH, "--format", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.ANALYSIS_FAILED);
        assertThat(Json.mapper().readTree(result.out()).get("status").asString())
                .isEqualTo("failed");
        assertThat(result.err())
                .startsWith("consultor: analysis failed: Business Analyst: the fake model [31mrefuses[0m analyst")
                .doesNotContain("\u001b");
    }

    @Test
    void printsProgressOnStandardErrorOnlyWhenAsked() {
        var quiet = cli.run("analyze", "-p", PORTUGUESE);
        var loud = cli.run("analyze", "-p", PORTUGUESE, "--progress");

        assertThat(quiet.err()).isEmpty();
        assertThat(loud.err()).contains("✓ Analista de Negócios (", "✓ Revisor Executivo (", "Conselho concluído em");
        assertThat(loud.out()).startsWith("# Análise do Conselho Consultivo").doesNotContain("✓");
    }

    @Test
    void printsProgressWhenStandardErrorIsATerminalUnlessTold() {
        var watched = Cli.withModel(FakeModel.answeringAll()).stderrIsATerminal();

        assertThat(watched.run("analyze", "-p", ENGLISH).err()).contains("✓ Business Analyst (", "Board finished in");
        assertThat(watched.run("analyze", "-p", ENGLISH, "--no-progress").err()).isEmpty();
    }

    @Test
    void documentsTheExitCodesInTheHelp() {
        var result = cli.run("analyze", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("--problem-file", "--business-type", "--depth", "--language", "--data", "--format")
                .contains("--model", "--latency-ms", "--as-of", "Exit codes:", "analysis degraded");
    }

    @Test
    void printsTheVersion() throws IOException {
        var result = cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("consultor ").contains("Java ");
    }
}
