package dev.consultor.app;

import dev.consultor.server.ConsultorServer;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the Consultor server: the REST API under /api/v1, OpenAPI at /v3/api-docs and the Swagger UI at"
                    + " /swagger-ui.html.",
            "With no configuration it keeps its data (SQLite database, signing keys) under ./data; set"
                    + " CONSULTOR_DATABASE_URL for PostgreSQL and CONSULTOR_REDIS_URL for Redis."
        })
final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "The HTTP port. Default: the PORT environment variable, else 8080.")
    private Integer port;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the SQLite database and the signing keys live. Default: CONSULTOR_DATA_DIR, else"
                    + " ./data.")
    private java.nio.file.Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 1 || port > 65535)) {
            throw new CliFailure(ExitCode.USAGE, "--port must be between 1 and 65535");
        }
        var args = new ArrayList<String>();
        if (port != null) args.add("--server.port=" + port);
        if (dataDir != null) args.add("--consultor.database.data-dir=" + dataDir.toAbsolutePath());
        var stopped = new CountDownLatch(1);
        try {
            var context = ConsultorServer.start(args.toArray(String[]::new));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) stopped.countDown();
            });
            if (!context.isActive()) return ExitCode.OK;
        } catch (RuntimeException e) {
            PortInUseException portInUse = find(e, PortInUseException.class);
            if (portInUse != null || find(e, java.net.BindException.class) != null) {
                String which = portInUse != null
                        ? String.valueOf(portInUse.getPort())
                        : port != null ? String.valueOf(port) : System.getenv().getOrDefault("PORT", "8080");
                throw new CliFailure(
                        ExitCode.USAGE, "port " + which + " is already in use; choose another with --port or PORT");
            }
            throw new CliFailure(ExitCode.INTERNAL_ERROR, "the server could not start: " + rootCause(e));
        }
        // The server runs until it is stopped (Ctrl-C or SIGTERM close the context and its graceful shutdown).
        stopped.await();
        return ExitCode.OK;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) return type.cast(cause);
        }
        return null;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
