package dev.consultor.app;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Runs the command line in-process with captured standard streams. */
final class Cli {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final Models models;
    private String stdin;
    private boolean stderrIsTerminal;
    private Map<String, String> variables = Map.of();

    private Cli(Models models) {
        this.models = models;
    }

    static Cli withModel(FakeModel model) {
        return new Cli(latency -> model);
    }

    static Cli withModels(Models models) {
        return new Cli(models);
    }

    static Cli offline() {
        return new Cli(Models.builtIn());
    }

    Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    Cli environmentVariables(Map<String, String> values) {
        this.variables = Map.copyOf(values);
        return this;
    }

    Cli stderrIsATerminal() {
        this.stderrIsTerminal = true;
        return this;
    }

    Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        byte[] input = stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8);
        var environment = new Environment(
                new ByteArrayInputStream(input), stdin == null, stderrIsTerminal, () -> TODAY, models, variables);
        int code = ConsultorCommand.commandLine(environment, new PrintWriter(out), new PrintWriter(err))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {}
}
