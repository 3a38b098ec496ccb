package dev.consultor.server.consulting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The executions' jobs as the scheduler holds them, counted from {@code scheduled_tasks}: a one-time
 * job's row lives from submit to finish, so the table holds only work in flight, read by its primary
 * key's leading column. The count is cached for a few seconds, so scrapes and submits cost at most one
 * small query per interval. Jobs of every tenant are counted; no tenant content is read.
 */
@Component
class QueueProbe {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(QueueProbe.class);
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /**
     * @param queued jobs not yet picked by any node
     * @param running jobs a node has picked
     * @param busyNodes nodes running at least one job
     * @param oldestQueued when the longest-waiting unpicked job was due, or null
     * @param oldestRunning when the oldest picked job was due, or null
     * @param takenAt when the counts were read
     */
    record Snapshot(
            int queued, int running, int busyNodes, Instant oldestQueued, Instant oldestRunning, Instant takenAt) {
        static Snapshot empty(Instant at) {
            return new Snapshot(0, 0, 0, null, null, at);
        }

        double ageSeconds(Instant since, Instant now) {
            return since == null ? 0 : Math.max(0, Duration.between(since, now).toMillis() / 1000.0);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private Snapshot cached;
    private long cachedAtNanos;

    QueueProbe(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    synchronized Snapshot snapshot() {
        if (cached == null || System.nanoTime() - cachedAtNanos > FRESH_FOR.toNanos()) {
            cached = read();
            cachedAtNanos = System.nanoTime();
        }
        return cached;
    }

    private Snapshot read() {
        Instant now = clock.instant();
        try {
            var rows = jdbc.sql("""
                            select picked, count(*) as jobs, count(distinct picked_by) as nodes,
                              min(execution_time) as oldest
                            from scheduled_tasks where task_name = ? group by picked""")
                    .param(ExecutionRunner.TASK)
                    .query((rs, n) ->
                            new Row(rs.getBoolean("picked"), rs.getInt("jobs"), rs.getInt("nodes"), oldest(rs)))
                    .list();
            Snapshot snapshot = Snapshot.empty(now);
            for (Row row : rows) {
                snapshot = row.picked()
                        ? new Snapshot(
                                snapshot.queued(), row.jobs(), row.nodes(), snapshot.oldestQueued(), row.oldest(), now)
                        : new Snapshot(
                                row.jobs(),
                                snapshot.running(),
                                snapshot.busyNodes(),
                                row.oldest(),
                                snapshot.oldestRunning(),
                                now);
            }
            return snapshot;
        } catch (RuntimeException e) {
            log.warn("Could not count the executions' jobs", e);
            return cached != null ? cached : Snapshot.empty(now);
        }
    }

    private record Row(boolean picked, int jobs, int nodes, Instant oldest) {}

    private static Instant oldest(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("oldest", (Calendar) UTC.clone());
        return at == null ? null : at.toInstant();
    }
}
