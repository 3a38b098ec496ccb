package dev.consultor.llm.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.consultor.engine.json.Json;
import dev.consultor.llm.anthropic.AnthropicModel;
import dev.consultor.llm.anthropic.AnthropicSettings;
import dev.consultor.llm.provider.ModelRouting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A provider on loopback for tests: records every request and answers from a script (one reply per request, in
 * order) or, when the script is used up, from a fallback function. Replies can be delayed, be error bodies,
 * server-sent event streams, connection resets or truncated bodies.
 */
public final class FakeProvider implements AutoCloseable {
    /** A request as received. */
    public record Recorded(String method, String path, Map<String, String> headers, String body) {
        public JsonNode json() {
            return Json.mapper().readTree(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** How to answer one request. */
    public sealed interface Reply {
        Duration delay();
    }

    public record Body(int status, String body, Map<String, String> headers, Duration delay) implements Reply {
        public Body after(Duration wait) {
            return new Body(status, body, headers, wait);
        }

        public Body withHeader(String name, String value) {
            var all = new TreeMap<>(headers);
            all.put(name, value);
            return new Body(status, body, all, delay);
        }
    }

    /** Server-sent events, flushed one by one with {@code gap} between them. */
    public record Events(List<String> events, Duration gap, Duration delay) implements Reply {}

    /** The connection is dropped before any response. */
    public record Reset(Duration delay) implements Reply {}

    /** A 200 that promises more bytes than it sends, then drops the connection. */
    public record Truncated(String body, Duration delay) implements Reply {}

    public static Body json(int status, String body) {
        return new Body(status, body, Map.of("content-type", "application/json"), Duration.ZERO);
    }

    public static Events events(List<String> events) {
        return new Events(events, Duration.ZERO, Duration.ZERO);
    }

    public static Reset reset() {
        return new Reset(Duration.ZERO);
    }

    public static Truncated truncated(String body) {
        return new Truncated(body, Duration.ZERO);
    }

    private final HttpServer server;
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private volatile Function<Recorded, Reply> fallback = r -> json(500, "{\"error\":\"no reply scripted\"}");
    private volatile CountDownLatch received = new CountDownLatch(1);

    private FakeProvider(HttpServer server) {
        this.server = server;
    }

    public static FakeProvider start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var fake = new FakeProvider(server);
            server.createContext("/", fake::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The Anthropic adapter pointed at this server, with the given routing and waits that are only recorded. */
    public AnthropicModel anthropic(ModelRouting routing) {
        return AnthropicModel.create(
                AnthropicSettings.defaults("test-key").withBaseUrl(baseUrl()).withModels(routing),
                Clock.systemUTC(),
                new Waits());
    }

    public FakeProvider then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    public FakeProvider otherwise(Function<Recorded, Reply> answer) {
        this.fallback = answer;
        return this;
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public int count() {
        return requests.size();
    }

    public Recorded last() {
        var all = requests();
        return all.get(all.size() - 1);
    }

    /** Waits until at least one request has arrived since the last call. */
    public boolean awaitRequest(Duration timeout) throws InterruptedException {
        boolean arrived = received.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        received = new CountDownLatch(1);
        return arrived;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = new TreeMap<String, String>();
        exchange.getRequestHeaders()
                .forEach((name, values) ->
                        headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        var recorded = new Recorded(
                exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
        requests.add(recorded);
        received.countDown();
        Reply reply = script.poll();
        if (reply == null) reply = fallback.apply(recorded);
        try {
            if (!reply.delay().isZero()) Thread.sleep(reply.delay().toMillis());
            respond(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (cancelled or timed out); nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        switch (reply) {
            case Body b -> {
                byte[] bytes = b.body().getBytes(StandardCharsets.UTF_8);
                b.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                exchange.sendResponseHeaders(b.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
            case Events e -> {
                exchange.getResponseHeaders().add("content-type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (String event : e.events()) {
                        out.write(event.getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        if (!e.gap().isZero()) Thread.sleep(e.gap().toMillis());
                    }
                }
            }
            case Reset r -> throw new IOException("connection reset on purpose");
            case Truncated t -> {
                byte[] bytes = t.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("content-type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length * 2L);
                OutputStream out = exchange.getResponseBody();
                out.write(bytes);
                out.flush();
                throw new IOException("truncated on purpose");
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
