package dev.consultor.bench;

import dev.consultor.engine.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Many executions on one running server: one execution alone first, then {@code count} submitted at once by
 * {@code tenants} organizations (one user each), while a steady poller reads random executions. Prints Markdown
 * table rows with the figures; heap and connections are sampled from outside the server by the calling script.
 *
 * <p>Usage: {@code ExecutionsBench BASE_URL [count=500] [tenants=4] [pollsPerSecond=20] [depth=standard]}
 */
public final class ExecutionsBench {
    private static final String PROBLEM = "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua"
            + " aquecido, mas nossos concorrentes estão crescendo. Qual a causa raiz e como responder?";
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(60);

    // HTTP/1.1 as the server speaks it: no h2c upgrade offered on each new connection.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    /**
     * The poller's own client: sharing the submitting client's connections and its one selector thread, a read sent
     * during the burst waited behind 500 submissions inside this process, which is not the server's latency.
     */
    private final HttpClient probe = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Reads of the single execution before the burst, not counted: the poller's client is compiled and connected. */
    static final int WARM_UP_READS = 200;

    /** Refused submissions (422), all at once, before the burst, not counted: the submitting client is compiled. */
    static final int WARM_UP_SUBMISSIONS = 200;

    private final String base;

    private ExecutionsBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExecutionsBench BASE_URL [count=500] [tenants=4] [pollsPerSecond=20] [depth]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int tenants = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int pollsPerSecond = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String depth = args.length > 4 ? args[4] : "standard";
        Report report = new ExecutionsBench(args[0]).run(count, tenants, pollsPerSecond, depth);
        System.out.print(report.markdown());
        if (!report.allCompleted()) {
            System.err.println("not every execution completed: " + report.statuses());
            System.exit(1);
        }
    }

    private Report run(int count, int tenants, int pollsPerSecond, String depth) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            tokens.add(register("bench-" + System.nanoTime() + "-" + t + "@example.com", "Bench " + t));
        }

        // One execution alone: the reference the drain time is compared with.
        String single = submit(tokens.getFirst(), depth);
        JsonNode alone = awaitFinished(tokens.getFirst(), single);
        long singleMs = millisBetween(alone.get("created_at"), alone.get("finished_at"));

        List<Submitted> submitted = new CopyOnWriteArrayList<>();
        Poller poller = new Poller(submitted, pollsPerSecond);
        // A client's first reads in a fresh JVM (class loading, compilation, connecting) took up to a second each
        // at the start of the burst: that is the benchmark's own start-up, not the server's latency.
        // Four at a time, so that the client holds a few open connections, as a browser does: a read that had to
        // connect in the middle of the burst queued behind its 500 connections (0.7 s).
        var warmUp = new Submitted(tokens.getFirst(), single);
        try (ExecutorService reading = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < WARM_UP_READS; i += 4) {
                var round = new ArrayList<java.util.concurrent.Future<?>>();
                for (int j = 0; j < 4; j++) round.add(reading.submit(() -> poller.poll(warmUp, false)));
                for (var read : round) read.get();
            }
        }
        // The same for the submitting side, with submissions the server refuses (422): no execution is created.
        try (ExecutorService warming = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < WARM_UP_SUBMISSIONS; i++) {
                String token = tokens.get(i % tenants);
                warming.submit(() -> send(
                        "POST",
                        "/api/v1/executions",
                        token,
                        Map.of("problem_description", "curto", "business_type", "B2B", "analysis_depth", depth),
                        422));
            }
        }
        Thread pollerThread = Thread.ofPlatform().name("poller").daemon().start(poller);

        long start = System.nanoTime();
        long submittedMs;
        long drainedWallMs;
        try {
            List<String> refused = new CopyOnWriteArrayList<>();
            try (ExecutorService submitters = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < count; i++) {
                    String token = tokens.get(i % tenants);
                    submitters.submit(() -> {
                        try {
                            submitted.add(new Submitted(token, submit(token, depth)));
                        } catch (IOException | RuntimeException e) {
                            refused.add(e.getMessage());
                        }
                        return null;
                    });
                }
            }
            submittedMs = (System.nanoTime() - start) / 1_000_000;
            poller.burstOver.set(true);
            if (!refused.isEmpty()) {
                throw new IllegalStateException(
                        refused.size() + " of " + count + " submissions failed, e.g. " + refused.getFirst());
            }
            awaitDrained(tokens);
            drainedWallMs = (System.nanoTime() - start) / 1_000_000;
        } finally {
            poller.stop.set(true);
        }
        pollerThread.join();

        Map<String, Integer> statuses = new TreeMap<>();
        Instant firstCreated = null;
        Instant lastFinished = null;
        java.util.Set<String> ours = new java.util.HashSet<>();
        submitted.forEach(s -> ours.add(s.id()));
        for (String token : tokens) {
            for (JsonNode e : listAll(token)) {
                if (!ours.contains(e.get("execution_id").asString())) {
                    continue;
                }
                statuses.merge(e.get("status").asString(), 1, Integer::sum);
                Instant created = Instant.parse(e.get("created_at").asString());
                firstCreated = firstCreated == null || created.isBefore(firstCreated) ? created : firstCreated;
                if (!e.get("finished_at").isNull()) {
                    Instant finished = Instant.parse(e.get("finished_at").asString());
                    lastFinished = lastFinished == null || finished.isAfter(lastFinished) ? finished : lastFinished;
                }
            }
        }
        long drainMs = Duration.between(firstCreated, lastFinished).toMillis();
        return new Report(
                count,
                tenants,
                depth,
                singleMs,
                submittedMs,
                drainMs,
                drainedWallMs,
                statuses,
                poller.latencies(),
                poller.latenciesAfterBurst(),
                poller.errors.get());
    }

    private record Submitted(String token, String id) {}

    private String register(String email, String organization) throws IOException, InterruptedException {
        JsonNode body = send(
                        "POST",
                        "/api/v1/auth/register",
                        null,
                        Map.of("email", email, "password", "bench passphrase", "organization_name", organization),
                        201)
                .body();
        return body.get("access_token").asString();
    }

    private String submit(String token, String depth) throws IOException, InterruptedException {
        return send(
                        "POST",
                        "/api/v1/executions",
                        token,
                        Map.of("problem_description", PROBLEM, "business_type", "B2B", "analysis_depth", depth),
                        201)
                .body()
                .get("execution_id")
                .asString();
    }

    private JsonNode awaitFinished(String token, String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode detail =
                    send("GET", "/api/v1/executions/" + id, token, null, 200).body();
            String status = detail.get("status").asString();
            if (!status.equals("queued") && !status.equals("running")) {
                return detail;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("execution " + id + " did not finish in " + DRAIN_LIMIT);
    }

    /** Done when no organization has a queued or running execution left. */
    private void awaitDrained(List<String> tokens) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean busy = false;
            for (String token : tokens) {
                for (String status : List.of("queued", "running")) {
                    JsonNode page = send("GET", "/api/v1/executions?limit=1&status=" + status, token, null, 200)
                            .body();
                    busy |= !page.get("items").isEmpty();
                }
            }
            if (!busy) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the executions did not drain in " + DRAIN_LIMIT);
    }

    private List<JsonNode> listAll(String token) throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/v1/executions?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = send("GET", path, token, null, 200).body();
            page.get("items").forEach(all::add);
            cursor = page.get("next_cursor").isNull()
                    ? null
                    : page.get("next_cursor").asString();
        } while (cursor != null);
        return all;
    }

    private record Answer(int status, JsonNode body) {}

    private Answer send(String method, String path, String token, Object body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Answer(response.statusCode(), Json.mapper().readTree(response.body()));
    }

    private static long millisBetween(JsonNode from, JsonNode to) {
        return Duration.between(Instant.parse(from.asString()), Instant.parse(to.asString()))
                .toMillis();
    }

    /** Reads a random submitted execution at a fixed rate; each read on its own thread, timed to the last byte. */
    private final class Poller implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        /** BENCH_TRACE names a file that gets a line per read: its start (epoch ms), latency (ms), execution. */
        private static final java.io.PrintStream TRACE = trace();

        private static java.io.PrintStream trace() {
            String file = System.getenv("BENCH_TRACE");
            try {
                return file == null || file.isBlank() ? null : new java.io.PrintStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        final AtomicLong errors = new AtomicLong();
        final AtomicBoolean burstOver = new AtomicBoolean();
        private final List<Long> afterBurst = Collections.synchronizedList(new ArrayList<>());
        private final List<Submitted> targets;
        private final long periodNanos;
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final Map<Thread, Boolean> inFlight = new ConcurrentHashMap<>();

        Poller(List<Submitted> targets, int perSecond) {
            this.targets = targets;
            this.periodNanos = 1_000_000_000L / perSecond;
        }

        @Override
        public void run() {
            long next = System.nanoTime();
            while (!stop.get()) {
                if (!targets.isEmpty()) {
                    Submitted target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                    Thread t = Thread.ofVirtual().start(() -> poll(target));
                    inFlight.put(t, true);
                }
                next += periodNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
            for (Thread t : inFlight.keySet()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void poll(Submitted target) {
            poll(target, true);
        }

        private void poll(Submitted target, boolean counted) {
            long begin = System.nanoTime();
            boolean sentAfterBurst = burstOver.get();
            try {
                // Timed to the last byte received; the body is not parsed, which is the client's work.
                HttpResponse<byte[]> response = probe.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/executions/" + target.id()))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + target.token())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET answered " + response.statusCode());
                }
                if (!counted) {
                    return;
                }
                nanos.add(System.nanoTime() - begin);
                if (TRACE != null) {
                    synchronized (TRACE) {
                        TRACE.printf(
                                "%d %.1f %s%n",
                                System.currentTimeMillis() - (System.nanoTime() - begin) / 1_000_000,
                                (System.nanoTime() - begin) / 1e6,
                                target.id());
                        TRACE.flush();
                    }
                }
                if (sentAfterBurst) {
                    afterBurst.add(System.nanoTime() - begin);
                }
            } catch (IOException | RuntimeException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.remove(Thread.currentThread());
            }
        }

        List<Long> latencies() {
            return sorted(nanos);
        }

        /** Only the reads sent once every submission had been answered. */
        List<Long> latenciesAfterBurst() {
            return sorted(afterBurst);
        }

        private static List<Long> sorted(List<Long> values) {
            synchronized (values) {
                List<Long> sorted = new ArrayList<>(values);
                Collections.sort(sorted);
                return sorted;
            }
        }
    }

    private record Report(
            int count,
            int tenants,
            String depth,
            long singleMs,
            long submittedMs,
            long drainMs,
            long drainedWallMs,
            Map<String, Integer> statuses,
            List<Long> pollNanos,
            List<Long> afterBurstNanos,
            long pollErrors) {
        boolean allCompleted() {
            return statuses.getOrDefault("completed", 0) == count;
        }

        String markdown() {
            return String.format(
                    Locale.ROOT,
                    """
                    | figure | value |
                    |---|---|
                    | executions | %d (%s depth), %d organizations, submitted at once in %d ms |
                    | single execution alone (created → finished) | %d ms |
                    | drain: first created → last finished | %d ms |
                    | drain / single | %.2f |
                    | drained as seen by the client (first submit → none queued or running) | %d ms |
                    | final statuses | %s |
                    | GET /api/v1/executions/{id} during the run (after %d reads of the single one, not counted): reads, p50, p99, max | %d, %.1f ms, %.1f ms, %.1f ms |
                    | the same, sent after every submission was answered: reads, p50, p99 | %d, %.1f ms, %.1f ms |
                    | GET /api/v1/executions/{id} errors | %d |
                    """,
                    count,
                    depth,
                    tenants,
                    submittedMs,
                    singleMs,
                    drainMs,
                    (double) drainMs / singleMs,
                    drainedWallMs,
                    statuses,
                    WARM_UP_READS,
                    pollNanos.size(),
                    percentile(pollNanos, 0.50),
                    percentile(pollNanos, 0.99),
                    pollNanos.isEmpty() ? 0 : pollNanos.getLast() / 1e6,
                    afterBurstNanos.size(),
                    percentile(afterBurstNanos, 0.50),
                    percentile(afterBurstNanos, 0.99),
                    pollErrors);
        }

        private static double percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
        }
    }
}
