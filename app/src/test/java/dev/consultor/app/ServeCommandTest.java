package dev.consultor.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void rejectsAPortOutOfRangeBeforeStartingAnything() {
        var result = Cli.offline().run("serve", "--port", "70000");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("consultor: --port must be between 1 and 65535" + System.lineSeparator());
    }

    @Test
    void helpNamesTheApiAndTheSwaggerUi() {
        var result = Cli.offline().run("serve", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("/swagger-ui.html", "CONSULTOR_DATABASE_URL", "--port");
    }

    @Test
    void portAlreadyInUseIsOneClearLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        try (var taken = new java.net.ServerSocket(0)) {
            var result = Cli.offline()
                    .run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data-dir", data.toString());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err()).contains("port " + taken.getLocalPort() + " is already in use");
        }
    }
}
