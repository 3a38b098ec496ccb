package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The executions API over HTTP: submit, follow, read, cancel, delete. */
public interface ExecutionBehaviour extends Stack {
    String PROBLEM = "Nossas vendas caíram 20% em 3 meses e os concorrentes estão crescendo. Por quê, e o que fazer?";

    static String submit(Api api, Account account, String depth) {
        Response created = api.post(
                "/api/v1/executions",
                Map.of("problem_description", PROBLEM, "business_type", "SaaS", "analysis_depth", depth),
                account.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("execution_id").asString();
    }

    static JsonNode awaitFinished(Api api, Account account, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode detail =
                    api.get("/api/v1/executions/" + id, account.accessToken()).json();
            String status = detail.get("status").asString();
            if (!status.equals("queued") && !status.equals("running")) {
                return detail;
            }
            pause(100);
        }
        throw new AssertionError("execution " + id + " did not finish");
    }

    /** A new execution asking what {@code original} asked, left running as by a node that died. */
    static Execution runningCopyOf(Execution original) {
        return new Execution(
                java.util.UUID.randomUUID().toString(),
                original.tenantId(),
                original.userId(),
                original.problemDescription(),
                original.businessType(),
                original.depth(),
                original.language(),
                ExecutionStatus.RUNNING,
                null,
                List.of(),
                original.createdAt(),
                original.createdAt(),
                null);
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    default void anExecutionRunsInTheBackgroundAndEndsWithTheWholeConsultation() {
        Api api = api();
        Account owner = api.register();
        Response created = api.post(
                "/api/v1/executions",
                Map.of(
                        "problem_description", "  " + PROBLEM + "  ",
                        "business_type", "SaaS",
                        "analysis_depth", "Padrão"),
                owner.accessToken());
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("status").asString()).isIn("queued", "running");
        assertThat(body.get("created_at").asString()).isNotBlank();
        assertThat(body.get("estimated_duration_seconds").asLong()).isPositive();
        String id = body.get("execution_id").asString();

        JsonNode detail = awaitFinished(api, owner, id);

        assertThat(detail.get("status").asString()).isEqualTo("completed");
        assertThat(detail.get("problem_description").asString()).isEqualTo(PROBLEM);
        assertThat(detail.get("analysis_depth").asString()).isEqualTo("standard");
        assertThat(detail.get("language").asString()).isEqualTo("pt-BR");
        assertThat(detail.get("advisors")).hasSize(5);
        detail.get("advisors")
                .forEach(a -> assertThat(a.get("status").asString()).isEqualTo("completed"));
        JsonNode result = detail.get("result");
        assertThat(result.get("outcomes")).hasSize(5);
        result.get("outcomes").forEach(o -> {
            assertThat(o.get("outcome").asString()).isEqualTo("completed");
            assertThat(o.get("report").get("summary").asString()).isNotBlank();
        });
        assertThat(result.get("deliberation")).isNotNull();
        assertThat(result.get("artifacts")).isNotNull();
        assertThat(result.get("usage")).isNotNull();
        assertThat(detail.get("started_at").asString()).isNotBlank();
        assertThat(detail.get("finished_at").asString()).isNotBlank();
    }

    @Test
    default void eachInvalidFieldIsNamedInOneProblem() {
        Api api = api();
        Account owner = api.register();
        Response invalid = api.post(
                "/api/v1/executions",
                Map.of(
                        "problem_description", "   short    ",
                        "business_type", "Spaceships",
                        "analysis_depth", "bottomless",
                        "language", "klingon"),
                owner.accessToken());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder("problem_description", "business_type", "analysis_depth", "language");

        Response missing = api.post("/api/v1/executions", Map.of(), owner.accessToken());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("problem_description", "business_type", "analysis_depth");

        Response tooLong = api.post(
                "/api/v1/executions",
                Map.of("problem_description", "x".repeat(20_001), "business_type", "B2B", "analysis_depth", "quick"),
                owner.accessToken());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("problem_description").doesNotContain("business_type");

        Response english = api.post(
                "/api/v1/executions",
                Map.of(
                        "problem_description", "x".repeat(20_000),
                        "business_type", "Indústria",
                        "analysis_depth", "Rápida",
                        "language", "en"),
                owner.accessToken());
        assertThat(english.status()).isEqualTo(201);
        api.delete("/api/v1/executions/" + english.json().get("execution_id").asString(), owner.accessToken());

        assertThat(api.get("/api/v1/executions?status=sleeping", owner.accessToken())
                        .status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/executions?cursor=not-ours", owner.accessToken())
                        .status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/executions?limit=0", owner.accessToken()).status())
                .isEqualTo(422);
    }

    @Test
    default void theListIsNewestFirstPagedByCursorAndFilteredByStatus() {
        Api api = api();
        Account owner = api.register();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(submit(api, owner, "quick"));
            pause(5);
        }
        ids.forEach(id -> awaitFinished(api, owner, id));
        String cancelled = submit(api, owner, "deep");
        api.post("/api/v1/executions/" + cancelled + "/cancel", null, owner.accessToken());

        JsonNode first =
                api.get("/api/v1/executions?limit=3", owner.accessToken()).json();
        assertThat(first.get("items")).hasSize(3);
        assertThat(first.get("items").get(0).get("execution_id").asString()).isEqualTo(cancelled);
        String next = first.get("next_cursor").asString();
        JsonNode second = api.get("/api/v1/executions?limit=3&cursor=" + next, owner.accessToken())
                .json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("execution_id").asString()).isEqualTo(ids.get(0));
        assertThat(second.get("next_cursor").isNull()).isTrue();

        JsonNode completed = api.get("/api/v1/executions?status=completed", owner.accessToken())
                .json();
        List<String> completedIds = new ArrayList<>();
        completed
                .get("items")
                .forEach(i -> completedIds.add(i.get("execution_id").asString()));
        assertThat(completedIds).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        JsonNode onlyCancelled = api.get("/api/v1/executions?status=cancelled", owner.accessToken())
                .json();
        assertThat(onlyCancelled.get("items")).hasSize(1);
        assertThat(onlyCancelled.get("items").get(0).get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    default void cancellingStopsFurtherModelCalls() {
        Api api = api();
        Account owner = api.register();
        String id = submitDeepAndAwaitTheAnalyst(api, owner);
        Response cancel = api.post("/api/v1/executions/" + id + "/cancel", null, owner.accessToken());
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertThat(cancel.json().get("status").asString()).isEqualTo("cancelled");
        List<Map<String, String>> soonAfter = EventStream.read(api, owner, id, null);
        pause(1500);
        List<Map<String, String>> later = EventStream.read(api, owner, id, null);

        // The run winds down after the cancel (advisors reported skipped) and then asks the model nothing
        // more. An advisor whose call was starting as the cancel committed may still appear after it: the
        // run is interrupted right after the commit, not atomically with it.
        assertThat(later.subList(0, soonAfter.size())).isEqualTo(soonAfter);
        List<String> types = later.stream().map(e -> e.get("event")).toList();
        List<String> afterCancel = types.subList(types.indexOf("cancelled"), types.size());
        assertThat(afterCancel).contains("advisor_skipped");
        assertThat(afterCancel.getLast()).isEqualTo("consultation_finished");
        assertThat(types.stream().filter("advisor_started"::equals).count()).isBetween(1L, 4L);
        JsonNode detail =
                api.get("/api/v1/executions/" + id, owner.accessToken()).json();
        assertThat(detail.get("status").asString()).isEqualTo("cancelled");
        assertThat(detail.get("result").isNull()).isTrue();
        assertThat(api.post("/api/v1/executions/" + id + "/cancel", null, owner.accessToken())
                        .status())
                .isEqualTo(409);
    }

    @Test
    default void deletingRemovesTheExecutionItsCheckpointsAndEvents() {
        Api api = api();
        Account owner = api.register();
        awaitFinished(api, owner, submit(api, owner, "quick"));
        // With an attachment and the earlier consultation in its history.
        String id = ExecutionInputsBehaviour.submitWithSales(api, owner, "quick");
        awaitFinished(api, owner, id);
        Response asked = api.post(
                "/api/v1/executions/" + id + "/refine",
                Map.of("question", "Quais são os riscos?"),
                owner.accessToken());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        // A later execution has this one in its history.
        String later = submit(api, owner, "quick");
        awaitFinished(api, owner, later);
        var jdbc = context().getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var tx = context().getBean(org.springframework.transaction.support.TransactionTemplate.class);
        List<String> tables = List.of(
                "execution_checkpoints",
                "execution_events",
                "execution_messages",
                "execution_attachments",
                "execution_history");
        for (String table : tables) {
            assertThat(rows(jdbc, tx, owner, table, id)).as(table).isPositive();
        }
        assertThat(citations(jdbc, tx, owner, id)).isPositive();

        assertThat(api.delete("/api/v1/executions/" + id, owner.accessToken()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/executions/" + id + "/messages", owner.accessToken())
                        .status())
                .isEqualTo(404);

        assertThat(api.get("/api/v1/executions/" + id, owner.accessToken()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/executions/" + id + "/events", owner.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/executions/" + id, owner.accessToken()).status())
                .isEqualTo(404);
        for (String table : tables) {
            assertThat(rows(jdbc, tx, owner, table, id)).as(table).isZero();
        }
        // Nor is it kept as a precedent of another execution.
        assertThat(citations(jdbc, tx, owner, id)).isZero();
        assertThat(api.get("/api/v1/executions/" + later, owner.accessToken()).status())
                .isEqualTo(200);

        List<String> actions = new ArrayList<>();
        api.get("/api/v1/audit-events?limit=100", owner.accessToken())
                .json()
                .forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("execution.created", "execution.deleted");
    }

    /** How many executions keep {@code id} in their history. */
    private static long citations(
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            org.springframework.transaction.support.TransactionTemplate tx,
            Account owner,
            String id) {
        return dev.consultor.server.shared.TenantContext.callAs(
                owner.tenantId(),
                () -> tx.execute(s -> jdbc.queryForObject(
                        "select count(*) from execution_history where past_execution_id = ?", Long.class, id)));
    }

    private static long rows(
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            org.springframework.transaction.support.TransactionTemplate tx,
            Account owner,
            String table,
            String id) {
        return dev.consultor.server.shared.TenantContext.callAs(
                owner.tenantId(),
                () -> tx.execute(s -> jdbc.queryForObject(
                        "select count(*) from " + table + " where execution_id = ?", Long.class, id)));
    }

    @Test
    default void eventsAreReplayedAndResumeAfterTheLastEventId() {
        Api api = api();
        Account owner = api.register();
        String id = submit(api, owner, "quick");
        List<Map<String, String>> live = EventStream.read(api, owner, id, null);
        awaitFinished(api, owner, id);

        List<Map<String, String>> replayed = EventStream.read(api, owner, id, null);
        assertThat(replayed).isEqualTo(live);
        List<String> types = replayed.stream().map(e -> e.get("event")).toList();
        assertThat(types.getFirst()).isEqualTo("queued");
        assertThat(types).contains("started", "advisor_started", "advisor_finished", "consultation_finished");
        assertThat(types.getLast()).isEqualTo("completed");
        List<Long> sequence =
                replayed.stream().map(e -> Long.parseLong(e.get("id"))).toList();
        assertThat(sequence).isSorted().doesNotHaveDuplicates();

        String resumeAfter = replayed.get(3).get("id");
        List<Map<String, String>> resumed = EventStream.read(api, owner, id, resumeAfter);
        assertThat(resumed).isEqualTo(replayed.subList(4, replayed.size()));

        List<String> actions = new ArrayList<>();
        api.get("/api/v1/audit-events?limit=100", owner.accessToken())
                .json()
                .forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("execution.created");
    }

    @Test
    default void cancellingIsAudited() {
        Api api = api();
        Account owner = api.register();
        String id = submit(api, owner, "deep");
        api.post("/api/v1/executions/" + id + "/cancel", null, owner.accessToken());
        List<String> actions = new ArrayList<>();
        api.get("/api/v1/audit-events?limit=100", owner.accessToken())
                .json()
                .forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("execution.created", "execution.cancelled");
    }

    @Test
    default void aResumedRunReusesCheckpointedReportsInsteadOfAskingTheirAdvisorsAgain() {
        Api api = api();
        Account owner = api.register();
        String first = submit(api, owner, "quick");
        awaitFinished(api, owner, first);
        var repository = context().getBean(ExecutionRepository.class);
        var tx = context().getBean(org.springframework.transaction.support.TransactionTemplate.class);
        String tenant = owner.tenantId();
        Map<String, String> reports = dev.consultor.server.shared.TenantContext.callAs(
                tenant, () -> tx.execute(s -> repository.checkpoints(tenant, first)));
        var roster = context().getBean(dev.consultor.engine.advisor.Roster.class);
        assertThat(reports).hasSize(roster.size());

        // As if the node had died after every advisor but the chair had answered.
        String last = roster.inDependencyOrder().getLast().id();
        Execution original = dev.consultor.server.shared.TenantContext.callAs(
                        tenant, () -> tx.execute(s -> repository.find(tenant, first)))
                .orElseThrow();
        Execution crashed = runningCopyOf(original);
        dev.consultor.server.shared.TenantContext.runAs(
                tenant,
                () -> tx.executeWithoutResult(s -> {
                    repository.insert(crashed);
                    reports.forEach((advisor, report) -> {
                        if (!advisor.equals(last)) {
                            repository.saveCheckpoint(tenant, crashed.id(), advisor, report, java.time.Instant.now());
                        }
                    });
                }));

        context().getBean(ExecutionRunner.class).run(tenant, crashed.id());

        JsonNode detail = api.get("/api/v1/executions/" + crashed.id(), owner.accessToken())
                .json();
        assertThat(detail.get("status").asString()).isEqualTo("completed");
        assertThat(detail.get("result").get("outcomes")).hasSize(roster.size());
        List<Map<String, String>> events = EventStream.read(api, owner, crashed.id(), null);
        assertThat(events.getFirst().get("event")).isEqualTo("resumed");
        List<String> asked = events.stream()
                .filter(e -> e.get("event").equals("advisor_started"))
                .map(e -> tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(e.get("data"))
                        .get("advisor")
                        .asString())
                .toList();
        assertThat(asked).containsExactly(last);
    }

    @Test
    default void aCancelThroughAnotherNodeStopsTheRunHereWithinSeconds() {
        Api api = api();
        Account owner = api.register();
        String id = submitDeepAndAwaitTheAnalyst(api, owner);
        // What a cancel on another node leaves: the new status and a stop request, no interrupt here.
        var repository = context().getBean(ExecutionRepository.class);
        var journal = context().getBean(ExecutionJournal.class);
        boolean cancelled = journal.changeAndAppend(
                owner.tenantId(),
                id,
                () -> {
                    boolean changed = repository.cancel(owner.tenantId(), id, java.time.Instant.now());
                    repository.requestStop(id, java.time.Instant.now());
                    return changed;
                },
                "cancelled",
                Map.of("type", "cancelled", "by", owner.userId()));
        assertThat(cancelled).isTrue();

        var running = context().getBean(RunningExecutions.class);
        long stopDeadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (running.count() > 0 && System.nanoTime() < stopDeadline) {
            pause(20);
        }
        assertThat(running.count()).as("runs left on this node").isZero();
        List<String> types = EventStream.read(api, owner, id, null).stream()
                .map(e -> e.get("event"))
                .toList();
        // Advisors that started before this node noticed (one check interval) are wound down with the
        // rest; once the run has stopped nothing more is asked or recorded.
        assertThat(types.subList(types.indexOf("cancelled"), types.size())).contains("advisor_skipped");
        assertThat(types.stream().filter("advisor_finished"::equals).count()).isLessThan(5L);
        pause(1000);
        assertThat(EventStream.read(api, owner, id, null)).hasSize(types.size());
    }

    @Test
    default void concurrentWritersOfOneExecutionLoseNoEvent() throws Exception {
        Api api = api();
        Account owner = api.register();
        String id = submit(api, owner, "quick");
        awaitFinished(api, owner, id);
        int before = EventStream.read(api, owner, id, null).size();
        var journal = context().getBean(ExecutionJournal.class);
        int writers = 16;
        int each = 10;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        journal.append(owner.tenantId(), id, "note", Map.of("type", "note", "writer", writer, "i", i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) {
                f.get();
            }
        }

        List<Map<String, String>> events = EventStream.read(api, owner, id, null);
        assertThat(events).hasSize(before + writers * each);
        List<Long> sequence =
                events.stream().map(e -> Long.parseLong(e.get("id"))).toList();
        assertThat(sequence).isSorted().doesNotHaveDuplicates();
        assertThat(sequence.getLast()).isEqualTo(sequence.size());
    }

    @Test
    default void farMoreExecutionsRunAtOnceThanTheConnectionPoolHolds() throws Exception {
        Api api = api();
        Account owner = api.register();
        int count = 24;
        List<String> ids = new ArrayList<>();
        var running = context().getBean(RunningExecutions.class);
        int peak = 0;
        try (var submitters = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<String>> submitted = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                submitted.add(submitters.submit(() -> submit(api, owner, "deep")));
            }
            for (var f : submitted) {
                ids.add(f.get());
                peak = Math.max(peak, running.count());
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && running.count() > 0) {
            peak = Math.max(peak, running.count());
            pause(10);
        }
        // The pool has 10 connections on PostgreSQL and one on SQLite; the runs hold none while the model thinks.
        assertThat(peak).as("executions running at once").isGreaterThan(16);
        for (String id : ids) {
            assertThat(awaitFinished(api, owner, id).get("status").asString()).isEqualTo("completed");
        }
    }

    /** A deep execution whose first advisor has been asked: a cancel now lands mid-analysis. */
    private static String submitDeepAndAwaitTheAnalyst(Api api, Account owner) {
        String id = submit(api, owner, "deep");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!startedAdvisors(api, owner, id).contains("analyst") && System.nanoTime() < deadline) {
            pause(20);
        }
        return id;
    }

    private static List<String> startedAdvisors(Api api, Account owner, String id) {
        JsonNode detail =
                api.get("/api/v1/executions/" + id, owner.accessToken()).json();
        List<String> started = new ArrayList<>();
        detail.get("advisors").forEach(a -> {
            if (!a.get("status").asString().equals("pending")
                    && !a.get("status").asString().equals("skipped")) {
                started.add(a.get("advisor").asString());
            }
        });
        return started;
    }

    /** A minimal Server-Sent Events reader: one map (id, event, data) per event, until the server ends the stream. */
    final class EventStream {
        // Held for the suite: a client that becomes unreachable closes the streams it opened.
        private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();

        private EventStream() {}

        static List<Map<String, String>> read(Api api, Account owner, String id, String lastEventId) {
            var request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(api.base() + "/api/v1/executions/" + id + "/events"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + owner.accessToken())
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            try {
                var response = CLIENT.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofLines());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("text/event-stream");
                List<Map<String, String>> events = new ArrayList<>();
                Map<String, String> current = new HashMap<>();
                for (String line : (Iterable<String>) response.body()::iterator) {
                    if (line.isEmpty()) {
                        if (!current.isEmpty()) {
                            events.add(current);
                        }
                        current = new HashMap<>();
                    } else if (line.contains(":")) {
                        int colon = line.indexOf(':');
                        current.merge(line.substring(0, colon), line.substring(colon + 1), String::concat);
                    }
                }
                if (!current.isEmpty()) {
                    events.add(current);
                }
                return events;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    default void aFollowUpQuestionIsAnsweredWithCitedSourcesAndSeesTheEarlierExchanges() throws Exception {
        Api api = api();
        Account owner = api.register();
        String id = submit(api, owner, "quick");
        assertThat(awaitFinished(api, owner, id).get("status").asString()).isEqualTo("completed");

        String first = "Quais são os principais riscos e o que recomendam para recuperar as vendas?";
        Response answered = api.post(
                "/api/v1/executions/" + id + "/refine", Map.of("question", "  " + first + "  "), owner.accessToken());
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        JsonNode one = answered.json();
        assertThat(one.get("message_id").asString()).isNotBlank();
        assertThat(one.get("question").asString()).isEqualTo(first);
        assertThat(one.get("answer").asString()).isNotBlank();
        assertThat(one.get("created_at").asString()).isNotBlank();
        assertThat(one.get("points")).isNotEmpty();
        one.get("points").forEach(p -> {
            assertThat(p.get("text").asString()).isNotBlank();
            assertThat(p.get("source_id").asString()).isNotBlank();
        });

        // A question that names nothing of the consultation: only the earlier exchange can steer it.
        String second = "E quanto a isso?";
        Response followed =
                api.post("/api/v1/executions/" + id + "/refine", Map.of("question", second), owner.accessToken());
        assertThat(followed.status()).as(followed.toString()).isEqualTo(201);
        JsonNode two = followed.json();

        var engine = context().getBean(dev.consultor.engine.ConsultationEngine.class);
        var jdbc = context().getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var tx = context().getBean(org.springframework.transaction.support.TransactionTemplate.class);
        String result = dev.consultor.server.shared.TenantContext.callAs(
                owner.tenantId(),
                () -> tx.execute(
                        s -> jdbc.queryForObject("select result from executions where id = ?", String.class, id)));
        var consultation = dev.consultor.engine.json.Json.read(result, dev.consultor.engine.Consultation.class);
        var withHistory = engine.refine(
                consultation,
                second,
                List.of(new dev.consultor.engine.model.RefineIntent.Exchange(
                        first, one.get("answer").asString())));
        var withoutHistory = engine.refine(consultation, second, List.of());
        assertThat(sources(two))
                .isEqualTo(withHistory.points().stream()
                        .map(dev.consultor.engine.deliberation.history.Refinement.Point::sourceId)
                        .toList())
                .isNotEqualTo(withoutHistory.points().stream()
                        .map(dev.consultor.engine.deliberation.history.Refinement.Point::sourceId)
                        .toList());

        JsonNode messages = api.get("/api/v1/executions/" + id + "/messages", owner.accessToken())
                .json()
                .get("items");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("message_id").asString())
                .isEqualTo(one.get("message_id").asString());
        assertThat(messages.get(0).get("question").asString()).isEqualTo(first);
        assertThat(messages.get(0).get("answer").asString())
                .isEqualTo(one.get("answer").asString());
        assertThat(sources(messages.get(0))).isEqualTo(sources(one));
        assertThat(messages.get(1).get("question").asString()).isEqualTo(second);
        assertThat(sources(messages.get(1))).isEqualTo(sources(two));

        List<String> actions = new ArrayList<>();
        api.get("/api/v1/audit-events?limit=100", owner.accessToken())
                .json()
                .forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions.stream().filter("execution.refined"::equals).count()).isEqualTo(2);
    }

    private static List<String> sources(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.get("points").forEach(p -> ids.add(p.get("source_id").asString()));
        return ids;
    }

    @Test
    default void aQuestionMustHaveOneToTwoThousandCharactersAndAFinishedExecution() {
        Api api = api();
        Account owner = api.register();
        String running = submit(api, owner, "deep");
        Response early = api.post(
                "/api/v1/executions/" + running + "/refine",
                Map.of("question", "Quais são os riscos?"),
                owner.accessToken());
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");
        api.post("/api/v1/executions/" + running + "/cancel", null, owner.accessToken());

        String id = submit(api, owner, "quick");
        awaitFinished(api, owner, id);
        for (Map<String, String> body :
                List.of(Map.of("question", "    "), Map.of("question", "x".repeat(2_001)), Map.<String, String>of())) {
            Response invalid = api.post("/api/v1/executions/" + id + "/refine", body, owner.accessToken());
            assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
            assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
            assertThat(invalid.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("question");
        }
        assertThat(api.post(
                                "/api/v1/executions/" + id + "/refine",
                                Map.of("question", "  " + "x".repeat(2_000) + "  "),
                                owner.accessToken())
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/executions/" + java.util.UUID.randomUUID() + "/refine",
                                Map.of("question", "Quais são os riscos?"),
                                owner.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/executions/" + id + "/messages", owner.accessToken())
                        .json()
                        .get("items"))
                .hasSize(1);
    }
}
