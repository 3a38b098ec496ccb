package dev.consultor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.app.ServerApi.Event;
import dev.consultor.app.ServerDatabase.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Real server processes on one database: one is killed (SIGKILL) or stopped (SIGTERM) in the middle of an
 * analysis, and the next one finishes it from the reports already checkpointed, asking no finished advisor
 * again. The heartbeat is one second, so a dead node's job is taken over within a few.
 */
class ServerRecoveryTest {
    private static final List<String> ADVISORS = List.of("analyst", "commercial", "market", "financial", "reviewer");
    /** Each model call takes this long, so a run is caught between two advisors and takes seconds in all. */
    private static final Map<String, String> SLOW_MODEL = Map.of("CONSULTOR_OFFLINE_LATENCY_MS", "800");

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** Four missed heartbeats, noticed by a check that runs every two. */
    private static final Duration LEASE = HEARTBEAT.multipliedBy(4 + 2);
    /** A whole deep analysis takes about 9 s of simulated model time; the rest is for a loaded machine. */
    private static final Duration REMAINING_WORK_AND_MARGIN = Duration.ofSeconds(60);

    private static final Path RUNS = Path.of("target", "server-recovery");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aKilledNodesExecutionIsFinishedByTheNextNodeWithoutAskingFinishedAdvisorsAgain(Kind kind) throws Exception {
        Path run = runDirectory("kill-" + kind);
        try (var database = database(kind, run)) {
            String id;
            String startedAt;
            Set<String> seenFinished;
            try (var first = start("first", run, database, Map.of())) {
                var api = ServerApi.register(first);
                id = api.submit("deep");
                JsonNode detail = awaitAdvisorFinished(api, id, first);
                seenFinished = advisorsIn(detail, "completed");
                startedAt = detail.get("started_at").asString();

                int exit = first.kill();
                assertThat(exit).as("exit status of a JVM killed by SIGKILL").isEqualTo(128 + 9);

                Set<String> checkpointed = new TreeSet<>(database.checkpointedAdvisors(id));
                assertThat(database.execution(id).orElseThrow().status())
                        .as("left behind by the dead node")
                        .isEqualTo("running");
                assertThat(checkpointed)
                        .as("checkpointed before the kill")
                        .containsAll(seenFinished)
                        .hasSizeLessThan(ADVISORS.size());

                try (var second = start("second", run, database, Map.of())) {
                    var again = api.loginTo(second);
                    JsonNode finished = again.awaitFinished(id, LEASE.plus(REMAINING_WORK_AND_MARGIN));
                    assertThat(finished)
                            .as("the execution is still " + database.execution(id) + " long after its node died; job"
                                    + " picked: " + database.jobPicked(id) + second.diagnosis())
                            .isNotNull();
                    assertThat(finished.get("status").asString())
                            .as(finished.toString() + second.diagnosis())
                            .isEqualTo("completed");
                    assertThat(finished.get("started_at").asString())
                            .as("started when it was first claimed")
                            .isEqualTo(startedAt);
                    assertComplete(finished);

                    List<Event> events = again.events(id);
                    assertResumedWithout(events, checkpointed);
                    assertThat(database.jobPicked(id))
                            .as("the finished job leaves the schedule")
                            .isEmpty();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aStoppedNodeLeavesItsRunResumableAndClaimsNoQueuedWork(Kind kind) throws Exception {
        Path run = runDirectory("term-" + kind);
        try (var database = database(kind, run)) {
            String running;
            String queued;
            ServerApi api;
            // One worker: the second execution waits in the queue while the first runs.
            try (var first = start("first", run, database, Map.of("consultor.consulting.workers", "1"))) {
                api = ServerApi.register(first);
                running = api.submit("deep");
                Set<String> seenFinished = advisorsIn(awaitAdvisorFinished(api, running, first), "completed");
                queued = api.submit("quick");
                assertThat(api.detail(queued).get("status").asString()).isEqualTo("queued");
                // A client following the progress holds a stream open across the shutdown.
                Thread follower = Thread.ofVirtual().start(() -> followQuietly(api, running));

                ServerProcess.Exit exit = first.terminate(Duration.ofSeconds(60));

                assertThat(exit.exited())
                        .as("the server exits on SIGTERM" + first.diagnosis())
                        .isTrue();
                assertThat(exit.took())
                        .as("time from SIGTERM to exit" + first.diagnosis())
                        .isLessThan(Duration.ofSeconds(15));
                assertThat(exit.code()).as("exit status after SIGTERM").isIn(0, 128 + 15);
                follower.join(Duration.ofSeconds(10));

                var left = database.execution(running).orElseThrow();
                assertThat(left.status())
                        .as("neither failed nor finished by the shutdown")
                        .isEqualTo("running");
                assertThat(left.finishedAt()).isNull();
                assertThat(database.checkpointedAdvisors(running)).containsAll(seenFinished);
                assertThat(database.eventTypes(running))
                        .as("the shutdown's interruption is not journaled as the run's end")
                        .doesNotContain(
                                "advisor_skipped", "advisor_failed", "consultation_finished", "failed", "completed");
                assertThat(database.jobPicked(running))
                        .as("released for the next node to pick")
                        .contains(false);

                assertThat(database.execution(queued).orElseThrow().status()).isEqualTo("queued");
                assertThat(database.eventTypes(queued))
                        .as("the stopping node never claimed the queued execution")
                        .containsExactly("queued");
                assertThat(database.jobPicked(queued)).contains(false);
            }
            Set<String> checkpointed = new TreeSet<>(database.checkpointedAdvisors(running));
            assertThat(checkpointed).hasSizeLessThan(ADVISORS.size());

            try (var second = start("second", run, database, Map.of())) {
                var again = api.loginTo(second);
                // Released jobs are due again two seconds after the stop: no lease to wait for.
                for (String id : List.of(running, queued)) {
                    JsonNode finished = again.awaitFinished(id, REMAINING_WORK_AND_MARGIN);
                    assertThat(finished)
                            .as(id + " is still " + database.execution(id) + second.diagnosis())
                            .isNotNull();
                    assertThat(finished.get("status").asString())
                            .as(finished.toString() + second.diagnosis())
                            .isEqualTo("completed");
                    assertComplete(finished);
                }
                assertResumedWithout(again.events(running), checkpointed);
                List<String> queuedTypes =
                        again.events(queued).stream().map(Event::type).toList();
                assertThat(queuedTypes).doesNotContain("resumed");
                assertThat(queuedTypes.stream().filter("started"::equals)).hasSize(1);
                assertThat(queuedTypes.getLast()).isEqualTo("completed");
            }
        }
    }

    private static ServerProcess start(
            String name, Path run, ServerDatabase database, Map<String, String> extraProperties) throws Exception {
        var properties = new java.util.HashMap<String, String>();
        properties.put("consultor.consulting.heartbeat", HEARTBEAT.toMillis() + "ms");
        properties.put("consultor.consulting.poll-interval", "250ms");
        properties.putAll(extraProperties);
        return ServerProcess.start(name, run, database, SLOW_MODEL, properties);
    }

    private static ServerDatabase database(Kind kind, Path run) {
        if (kind == Kind.POSTGRESQL) {
            String url = System.getenv(ServerDatabase.POSTGRES_ENV);
            boolean required = "true".equalsIgnoreCase(System.getenv("CONSULTOR_REQUIRE_SERVICES"));
            if (url == null || url.isBlank()) {
                if (required) {
                    throw new AssertionError(ServerDatabase.POSTGRES_ENV + " is required but not set");
                }
                Assumptions.abort(ServerDatabase.POSTGRES_ENV + " is not set: the PostgreSQL variant is skipped");
            }
        }
        return ServerDatabase.create(kind, run.resolve("data"));
    }

    private static Path runDirectory(String name) throws java.io.IOException {
        Path dir = RUNS.resolve(name + "-" + System.currentTimeMillis());
        java.nio.file.Files.createDirectories(dir);
        return dir;
    }

    /** Polls closely, so the node dies between the first advisor's report and the rest of the board. */
    private static JsonNode awaitAdvisorFinished(ServerApi api, String id, ServerProcess server)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode detail = api.detail(id);
            String status = detail.get("status").asString();
            assertThat(status)
                    .as("the execution finished before the test could interrupt it")
                    .isIn("queued", "running");
            if (!advisorsIn(detail, "completed").isEmpty()) {
                return detail;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no advisor finished within 60 s" + server.diagnosis());
    }

    private static Set<String> advisorsIn(JsonNode detail, String status) {
        Set<String> advisors = new TreeSet<>();
        detail.get("advisors").forEach(a -> {
            if (a.get("status").asString().equals(status)) {
                advisors.add(a.get("advisor").asString());
            }
        });
        return advisors;
    }

    private static void followQuietly(ServerApi api, String id) {
        try {
            api.events(id);
        } catch (RuntimeException | AssertionError streamCutByTheShutdown) {
            // expected: the node goes away under the stream
        }
    }

    /**
     * Resumed once, from exactly the reports checkpointed before the interruption; only the advisors without
     * one were asked after that, each once; and the journal ends with the completion.
     */
    private static void assertResumedWithout(List<Event> events, Set<String> checkpointed) {
        List<String> types = events.stream().map(Event::type).toList();
        assertThat(events.stream().map(Event::id).toList()).isSorted().doesNotHaveDuplicates();
        assertThat(types.stream().filter("resumed"::equals))
                .as(types.toString())
                .hasSize(1);
        assertThat(types.stream().filter("started"::equals))
                .as(types.toString())
                .hasSize(1);
        assertThat(types).doesNotContain("failed", "advisor_failed", "advisor_skipped");
        assertThat(types.getLast()).isEqualTo("completed");
        int resumedAt = types.indexOf("resumed");
        assertThat(types.indexOf("started")).isLessThan(resumedAt);

        Set<String> listed = new TreeSet<>();
        events.get(resumedAt).data().get("checkpointed_advisors").forEach(a -> listed.add(a.asString()));
        assertThat(listed).as("checkpointed_advisors of the resumed event").isEqualTo(checkpointed);

        List<String> askedAfter = advisorsOf(events.subList(resumedAt, events.size()), "advisor_started"::equals);
        assertThat(askedAfter)
                .as("advisors asked after the resume")
                .doesNotContainAnyElementsOf(checkpointed)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        ADVISORS.stream().filter(a -> !checkpointed.contains(a)).toList());
        assertThat(advisorsOf(events.subList(resumedAt, events.size()), "consultation_finished"::equals))
                .hasSize(1);
    }

    private static List<String> advisorsOf(List<Event> events, Predicate<String> type) {
        List<String> advisors = new ArrayList<>();
        events.stream()
                .filter(e -> type.test(e.type()))
                .forEach(e -> advisors.add(e.data().path("advisor").asString("")));
        return advisors;
    }

    /** Every section of the consultation is there and says something. */
    private static void assertComplete(JsonNode detail) {
        JsonNode result = detail.get("result");
        assertThat(result).as("result of " + detail.get("execution_id")).isNotNull();
        assertThat(result.get("status").asString()).isEqualTo("completed");
        List<String> reported = new ArrayList<>();
        result.get("outcomes").forEach(o -> {
            assertThat(o.get("outcome").asString()).isEqualTo("completed");
            assertThat(o.get("report").get("summary").asString()).isNotBlank();
            assertThat(o.get("report").get("recommendations")).isNotEmpty();
            reported.add(o.get("advisor").asString());
        });
        assertThat(reported).containsExactlyElementsOf(ADVISORS);
        detail.get("advisors")
                .forEach(a ->
                        assertThat(a.get("status").asString()).as(a.toString()).isEqualTo("completed"));
        assertThat(result.get("deliberation").get("decisions")).isNotEmpty();
        JsonNode artifacts = result.get("artifacts");
        assertThat(artifacts.get("executive_summary").get("key_decision").asString())
                .isNotBlank();
        assertThat(artifacts.get("decision_record").get("chosen").get("title").asString())
                .isNotBlank();
        assertThat(artifacts.get("action_plan").get("actions")).isNotEmpty();
        assertThat(artifacts.get("risk_register").get("entries")).isNotEmpty();
        assertThat(artifacts.get("kpi_scorecard").get("entries")).isNotEmpty();
    }
}
