package dev.consultor.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code consultor serve} in a JVM of its own, so it can be killed like a real node: the test's own
 * JDK and class path, the database it is given, a free port. Its standard output and error go to files
 * under target/, whose tails each failure message carries.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path out;
    private final Path err;

    private ServerProcess(Process process, int port, Path out, Path err) {
        this.process = process;
        this.port = port;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts a server and waits until it is ready for traffic.
     *
     * @param properties Spring properties for this node (passed as system properties), e.g. a short heartbeat
     */
    static ServerProcess start(
            String name,
            Path logs,
            ServerDatabase database,
            Map<String, String> environment,
            Map<String, String> properties)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A quick start on a busy machine matters more here than peak speed.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
        // As ./consultor serve starts it: executions on carriers of their own.
        command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", classPath(), Main.class.getName(), "serve", "--port", String.valueOf(port)));
        var builder = new ProcessBuilder(command);
        // Nothing of the developer's own configuration leaks in: the offline model, this test's database.
        builder.environment()
                .keySet()
                .removeIf(k -> k.startsWith("CONSULTOR_")
                        || k.startsWith("ANTHROPIC_")
                        || k.startsWith("OPENAI_")
                        || k.equals("PORT"));
        builder.environment().putAll(database.environment());
        builder.environment().putAll(environment);
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out.log");
        Path err = logs.resolve(name + ".err.log");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        var server = new ServerProcess(builder.start(), port, out, err);
        // A test JVM that dies (or is timed out) must not leave a server holding a port and a database.
        Runtime.getRuntime().addShutdownHook(new Thread(server.process::destroyForcibly));
        try {
            server.awaitReady();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the server exited with " + process.exitValue() + " before it was ready" + diagnosis());
            }
            try {
                var response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server was not ready within " + STARTUP.toSeconds() + " s" + diagnosis());
    }

    /** SIGKILL: no shutdown hook, no graceful anything, as when a machine dies. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the server survived SIGKILL" + diagnosis());
        }
        return process.exitValue();
    }

    /** SIGTERM, as an orchestrator stops a node; waits at most {@code patience} for it to exit. */
    Exit terminate(Duration patience) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        boolean exited = process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Exit(exited, exited ? process.exitValue() : -1, took);
    }

    record Exit(boolean exited, int code, Duration took) {}

    /** The last lines of both logs, for a failure message. */
    String diagnosis() {
        return "\n--- " + out.getFileName() + " (tail) ---\n" + tail(out) + "\n--- " + err.getFileName()
                + " (tail) ---\n" + tail(err);
    }

    private static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "(none)";
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Surefire runs tests from a manifest-only jar; the real class path is in its own property. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
