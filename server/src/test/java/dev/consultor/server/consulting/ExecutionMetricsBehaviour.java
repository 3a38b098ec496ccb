package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Stack;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusOutputFormat;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What an execution leaves in the Prometheus scrape. The scrape is read from the endpoint itself:
 * over HTTP the security configuration denies {@code /actuator/prometheus} (see PlatformBehaviour).
 */
public interface ExecutionMetricsBehaviour extends Stack {

    /** One scrape in Prometheus' text format, as samples. */
    record Scrape(String text, List<Sample> samples) {
        private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

        record Sample(String name, Map<String, String> labels, double value) {}

        static Scrape of(String text) {
            List<Sample> samples = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int brace = line.indexOf('{');
                int space = line.lastIndexOf(' ');
                String name = brace >= 0 ? line.substring(0, brace) : line.substring(0, space);
                Map<String, String> labels = new HashMap<>();
                if (brace >= 0) {
                    Matcher m = LABEL.matcher(line.substring(brace, line.lastIndexOf('}')));
                    while (m.find()) {
                        labels.put(m.group(1), m.group(2));
                    }
                }
                samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1))));
            }
            return new Scrape(text, samples);
        }

        /** The sum of the samples of this name whose labels include these. */
        double sum(String name, Map<String, String> labels) {
            return matching(name, labels).stream().mapToDouble(Sample::value).sum();
        }

        List<Sample> matching(String name, Map<String, String> labels) {
            Predicate<Sample> wanted = s -> s.name().equals(name)
                    && labels.entrySet().stream()
                            .allMatch(e -> e.getValue().equals(s.labels().get(e.getKey())));
            return samples.stream().filter(wanted).toList();
        }
    }

    default Scrape scrape() {
        var response =
                context().getBean(PrometheusScrapeEndpoint.class).scrape(PrometheusOutputFormat.CONTENT_TYPE_004, null);
        assertThat(response.getStatus()).isEqualTo(200);
        return Scrape.of(new String(response.getBody(), StandardCharsets.UTF_8));
    }

    /** Until no execution is in flight, so that counts move only for the one under test. */
    default Scrape awaitIdle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Scrape scrape = scrape();
            if (scrape.sum("consultor_executions_active", Map.of()) == 0
                    && scrape.sum("consultor_executions_queued", Map.of()) == 0
                    && scrape.sum("consultor_executions_running", Map.of()) == 0) {
                return scrape;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("executions still in flight:\n" + scrape.text());
            }
            ExecutionBehaviour.pause(200);
        }
    }

    @Test
    default void aFinishedExecutionIsCountedTimedAndCostedWithLowCardinalityTags() {
        Api api = api();
        Account owner = api.register();
        Scrape before = awaitIdle();
        Map<String, String> completedStandard = Map.of("status", "completed", "depth", "standard");

        String id = ExecutionBehaviour.submit(api, owner, "standard");
        JsonNode detail = ExecutionBehaviour.awaitFinished(api, owner, id);
        assertThat(detail.get("status").asString()).isEqualTo("completed");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (scrape().sum("consultor_executions_finished_total", completedStandard)
                        < before.sum("consultor_executions_finished_total", completedStandard) + 1
                && System.nanoTime() < deadline) {
            ExecutionBehaviour.pause(50);
        }
        Scrape after = scrape();

        assertThat(delta(before, after, "consultor_executions_finished_total", completedStandard))
                .isEqualTo(1);
        assertThat(delta(before, after, "consultor_executions_finished_total", Map.of()))
                .isEqualTo(1);
        assertThat(delta(before, after, "consultor_executions_submitted_total", Map.of("depth", "standard")))
                .isEqualTo(1);
        assertThat(delta(before, after, "consultor_executions_queue_wait_seconds_count", Map.of("depth", "standard")))
                .isEqualTo(1);

        List<String> advisors = new ArrayList<>();
        detail.get("result").get("outcomes").forEach(o -> {
            if (o.get("outcome").asString().equals("completed")) {
                advisors.add(o.get("advisor").asString());
            }
        });
        assertThat(advisors).hasSize(5);
        Map<String, String> offline = Map.of("provider", "offline", "model", "offline-playbook");
        assertThat(delta(
                        before,
                        after,
                        "consultor_advisor_latency_seconds_count",
                        with(offline, "outcome", "completed")))
                .isEqualTo(advisors.size());
        for (String advisor : advisors) {
            assertThat(delta(before, after, "consultor_advisor_latency_seconds_count", Map.of("advisor", advisor)))
                    .as(advisor)
                    .isEqualTo(1);
        }
        // each offline call sleeps the configured 100 ms
        assertThat(delta(before, after, "consultor_advisor_latency_seconds_sum", offline))
                .isGreaterThanOrEqualTo(0.1 * advisors.size());

        JsonNode usage = detail.get("result").get("usage");
        JsonNode tokens = usage.get("tokens");
        double input = delta(before, after, "consultor_llm_tokens_total", with(offline, "kind", "input"));
        double output = delta(before, after, "consultor_llm_tokens_total", with(offline, "kind", "output"));
        assertThat(input).isPositive().isEqualTo(tokens.get("input_tokens").asDouble());
        assertThat(output).isPositive().isEqualTo(tokens.get("output_tokens").asDouble());
        assertThat(after.matching("consultor_llm_tokens_total", with(offline, "kind", "cache_read")))
                .hasSize(1);
        assertThat(after.matching("consultor_llm_tokens_total", with(offline, "kind", "cache_write")))
                .hasSize(1);
        assertThat(after.matching("consultor_llm_cost_usd_total", offline)).hasSize(1);
        assertThat(delta(before, after, "consultor_llm_cost_usd_total", offline))
                .isEqualTo(usage.get("cost_usd").asDouble());

        for (String gauge :
                List.of("consultor_executions_active", "consultor_executions_queued", "consultor_executions_running")) {
            assertThat(after.matching(gauge, Map.of())).as(gauge).hasSize(1);
        }
        assertThat(after.matching("consultor_executions_oldest_age_seconds", Map.of("state", "queued")))
                .hasSize(1);
        assertThat(after.matching("consultor_executions_oldest_age_seconds", Map.of("state", "running")))
                .hasSize(1);
        assertThat(after.text())
                .doesNotContain(id)
                .doesNotContain(owner.tenantId())
                .doesNotContain(owner.userId())
                .doesNotContain("vendas");
    }

    @Test
    default void theQueueDepthAndTheOldestJobAreReadFromTheSchedulersTable() {
        awaitIdle();
        JdbcClient jdbc = context().getBean(JdbcClient.class);
        Instant now = Instant.now();
        String prefix = "probe-" + UUID.randomUUID() + "-";
        // Two jobs not due for an hour (no node picks them), and one a node picked 30 s after it was due.
        job(jdbc, prefix + "q1", now.plus(Duration.ofHours(1)), null);
        job(jdbc, prefix + "q2", now.plus(Duration.ofHours(2)), null);
        job(jdbc, prefix + "r1", now.minusSeconds(30), "node-a");
        try {
            QueueProbe.Snapshot snapshot = new QueueProbe(jdbc, Clock.systemUTC()).snapshot();

            assertThat(snapshot.queued()).isEqualTo(2);
            assertThat(snapshot.running()).isEqualTo(1);
            assertThat(snapshot.busyNodes()).isEqualTo(1);
            assertThat(snapshot.ageSeconds(snapshot.oldestRunning(), Instant.now()))
                    .isBetween(29.0, 60.0);
            assertThat(snapshot.ageSeconds(snapshot.oldestQueued(), Instant.now()))
                    .as("not due yet")
                    .isZero();
        } finally {
            jdbc.sql("delete from scheduled_tasks where task_instance like ?")
                    .param(prefix + "%")
                    .update();
        }
    }

    private static void job(JdbcClient jdbc, String instance, Instant due, String pickedBy) {
        jdbc.sql("""
                        insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                          last_heartbeat, version)
                        values (?, ?, ?, ?, ?, ?, 1)""")
                .params(
                        ExecutionRunner.TASK,
                        instance,
                        Timestamp.from(due),
                        pickedBy != null,
                        pickedBy,
                        pickedBy == null ? null : Timestamp.from(Instant.now()))
                .update();
    }

    private static double delta(Scrape before, Scrape after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static Map<String, String> with(Map<String, String> labels, String key, String value) {
        Map<String, String> all = new HashMap<>(labels);
        all.put(key, value);
        return all;
    }
}
