package dev.consultor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemInputTest {
    private static final String PROBLEM = "Monthly churn rose from 5% to 8% and support complaints doubled. Why?";

    @TempDir
    Path dir;

    @Test
    void readsTheProblemFromStandardInput() {
        var result =
                Cli.withModel(FakeModel.answeringAll()).stdin(PROBLEM + "\n").run("analyze", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(problemOf(result)).isEqualTo(PROBLEM);
    }

    @Test
    void rejectsEmptyStandardInput() {
        var result = Cli.withModel(FakeModel.answeringAll()).stdin("").run("analyze");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("the problem description is empty");
    }

    @Test
    void readsTheProblemFromAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("problem.txt"), "\uFEFF" + PROBLEM + "\n", StandardCharsets.UTF_8);

        var result = Cli.withModel(FakeModel.answeringAll())
                .run("analyze", "--problem-file", file.toString(), "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(problemOf(result)).isEqualTo(PROBLEM);
    }

    @Test
    void readsALatin1ProblemFileAsWrittenOnOlderWindowsEditors() throws IOException {
        String portuguese = "Nossas vendas caíram 20% e não sabemos por quê.";
        Path file = Files.write(dir.resolve("problema.txt"), portuguese.getBytes(StandardCharsets.ISO_8859_1));

        var result = Cli.withModel(FakeModel.answeringAll()).run("analyze", "-f", file.toString(), "--format", "json");

        assertThat(problemOf(result)).isEqualTo(portuguese);
    }

    @Test
    void readsStandardInputWhenTheProblemFileIsADash() {
        var result =
                Cli.withModel(FakeModel.answeringAll()).stdin(PROBLEM).run("analyze", "-f", "-", "--format", "json");

        assertThat(problemOf(result)).isEqualTo(PROBLEM);
    }

    private static String problemOf(Cli.Result result) {
        return Json.mapper().readTree(result.out()).at("/brief/problem").asString();
    }
}
