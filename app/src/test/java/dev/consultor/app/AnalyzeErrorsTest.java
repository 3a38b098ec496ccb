package dev.consultor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeErrorsTest {
    private static final String PROBLEM = "Nossas vendas caíram 20% nos últimos 3 meses. Por quê?";

    private final Cli cli = Cli.withModel(FakeModel.answeringAll());

    @TempDir
    Path dir;

    @Test
    void rejectsAnEmptyProblem() {
        assertFails(cli.run("analyze", "--problem", ""), ExitCode.INVALID_INPUT, "the problem description is empty");
    }

    @Test
    void rejectsAWhitespaceOnlyProblem() {
        assertFails(
                cli.run("analyze", "--problem", "  \n\t  "),
                ExitCode.INVALID_INPUT,
                "the problem description is empty");
    }

    @Test
    void rejectsAProblemTooShortToAnalyse() {
        assertFails(cli.run("analyze", "-p", "vendas"), ExitCode.INVALID_INPUT, "too short (6 characters");
    }

    @Test
    void rejectsAProblemOverTwentyThousandCharacters() {
        assertFails(
                cli.run("analyze", "--problem", "a".repeat(20_001)),
                ExitCode.INVALID_INPUT,
                "too long (20001 characters; at most 20000)");
    }

    @Test
    void rejectsAnUnknownDepth() {
        assertFails(
                cli.run("analyze", "--depth", "shallow", "--problem", PROBLEM),
                ExitCode.USAGE,
                "unknown depth 'shallow' (use quick, standard or deep");
    }

    @Test
    void rejectsAnUnknownOption() {
        var result = cli.run("analyze", "--problme", PROBLEM);
        assertFails(result, ExitCode.USAGE, "Unknown options: '--problme'");
        assertThat(result.err()).contains("did you mean --problem?", "Try 'consultor analyze --help'");
    }

    @Test
    void rejectsAnUnknownBusinessTypeLanguageDateAndFormat() {
        assertFails(cli.run("analyze", "-t", "Bakery", "-p", PROBLEM), ExitCode.USAGE, "unknown business type");
        assertFails(cli.run("analyze", "-l", "fr", "-p", PROBLEM), ExitCode.USAGE, "unknown language 'fr'");
        assertFails(cli.run("analyze", "--as-of", "31/03/2026", "-p", PROBLEM), ExitCode.USAGE, "use YYYY-MM-DD");
        assertFails(cli.run("analyze", "--format", "pdf", "-p", PROBLEM), ExitCode.USAGE, "unknown format 'pdf'");
    }

    @Test
    void rejectsALatencyOutOfRange() {
        assertFails(cli.run("analyze", "--latency-ms", "-5", "-p", PROBLEM), ExitCode.USAGE, "--latency-ms must be");
    }

    @Test
    void explainsWhatAProviderNeedsBeforeCallingIt() {
        var result = cli.run("analyze", "--model", "anthropic", "-p", PROBLEM);
        assertFails(result, ExitCode.USAGE, "ANTHROPIC_API_KEY");
        var unknown = cli.run("analyze", "--model", "gpt", "-p", PROBLEM);
        assertFails(unknown, ExitCode.USAGE, "unknown language model provider 'gpt'");
        assertThat(unknown.err()).contains("offline, anthropic or openai");
    }

    @Test
    void unreachableProviderFailsTheAnalysisWithTheCauseNotAStackTrace() throws Exception {
        int closedPort = closedPort();
        var result = Cli.offline()
                .environmentVariables(java.util.Map.of("OPENAI_BASE_URL", "http://127.0.0.1:" + closedPort + "/v1"))
                .run("analyze", "--model", "openai", "--llm-model", "llama3.1", "-p", PROBLEM);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.ANALYSIS_FAILED);
        assertThat(result.err())
                .contains("analysis failed", "unreachable", "127.0.0.1:" + closedPort)
                .doesNotContain("\tat ", "Caused by", "no price known");
    }

    @Test
    void warnsThatAHostedModelWithoutAPriceIsCostedAtZero() throws Exception {
        int closedPort = closedPort();
        var result = Cli.offline()
                .environmentVariables(java.util.Map.of(
                        "ANTHROPIC_API_KEY", "sk-ant-test", "ANTHROPIC_BASE_URL", "http://127.0.0.1:" + closedPort))
                .run("analyze", "--model", "anthropic", "--llm-model", "claude-opus-9", "-p", PROBLEM);

        assertThat(result.err())
                .contains("warning: no price known for claude-opus-9", "CONSULTOR_PRICES")
                .containsOnlyOnce("no price known");
    }

    private static int closedPort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void rejectsTwoProblemSourcesAtOnce() {
        assertFails(cli.run("analyze", "-p", PROBLEM, "--problem-file", "x.txt"), ExitCode.USAGE, "mutually exclusive");
    }

    @Test
    void asksForAProblemWhenNoneIsGivenAndStandardInputIsATerminal() {
        assertFails(cli.run("analyze"), ExitCode.USAGE, "no problem given");
    }

    @Test
    void rejectsAMissingProblemFile() {
        assertFails(
                cli.run("analyze", "--problem-file", dir.resolve("nope.txt").toString()),
                ExitCode.INVALID_INPUT,
                "cannot read the problem file");
    }

    @Test
    void rejectsAMissingDataFile() {
        assertFails(
                cli.run(
                        "analyze",
                        "-p",
                        PROBLEM,
                        "--data",
                        dir.resolve("missing.csv").toString()),
                ExitCode.DATA_FILE,
                "data file error: missing.csv: no such file");
    }

    @Test
    void rejectsAMalformedCsv() throws IOException {
        Path csv = Files.writeString(dir.resolve("broken.csv"), "mes,vendas\n2025-01,100\n2025-02,90,extra\n");
        assertFails(
                cli.run("analyze", "-p", PROBLEM, "--data", csv.toString()),
                ExitCode.DATA_FILE,
                "broken.csv: row 3 has 3 fields, the header has 2");
    }

    @Test
    void rejectsACsvThatIsNotText() throws IOException {
        Path csv = Files.write(dir.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff});
        assertFails(
                cli.run("analyze", "-p", PROBLEM, "--data", csv.toString()),
                ExitCode.DATA_FILE,
                "image.csv: not a text file");
    }

    @Test
    void refusesAProblemDamagedByANonUtf8Locale() {
        String saved = System.getProperty("sun.jnu.encoding");
        System.setProperty("sun.jnu.encoding", "ANSI_X3.4-1968");
        try {
            assertFails(
                    cli.run("analyze", "-p", "Nossas vendas ca\uFFFD\uFFFDram 20% em 3 meses"),
                    ExitCode.INVALID_INPUT,
                    "set LANG=C.UTF-8");
        } finally {
            System.setProperty("sun.jnu.encoding", saved);
        }
    }

    @Test
    void reportsABugAsOneLineWithoutAStackTrace() {
        Cli broken = Cli.withModels(latency -> {
            throw new IllegalStateException("wiring is broken");
        });
        assertFails(
                broken.run("analyze", "-p", PROBLEM),
                ExitCode.INTERNAL_ERROR,
                "internal error: java.lang.IllegalStateException: wiring is broken");
    }

    @Test
    void asksForACommandWhenNoneIsGiven() {
        assertFails(cli.run(), ExitCode.USAGE, "no command given");
    }

    private static void assertFails(Cli.Result result, int exitCode, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .startsWith("consultor: ")
                .contains(message)
                .doesNotContain("\tat ", "    at ", "Caused by");
        assertThat(result.err().lines().count()).isLessThanOrEqualTo(2);
    }
}
