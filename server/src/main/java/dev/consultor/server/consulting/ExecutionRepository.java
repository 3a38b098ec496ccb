package dev.consultor.server.consulting;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.server.shared.DatabaseProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement names the tenant; row-level security on PostgreSQL is the second wall. */
@Repository
class ExecutionRepository {
    private static final String ERROR_SEPARATOR = "\n";

    private final JdbcClient jdbc;
    private final boolean postgres;

    ExecutionRepository(JdbcClient jdbc, DatabaseProperties database) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
    }

    void insert(Execution e) {
        jdbc.sql("""
                        insert into executions (tenant_id, id, user_id, problem_description, business_type,
                          analysis_depth, language, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.tenantId(),
                        e.id(),
                        e.userId(),
                        e.problemDescription(),
                        e.businessType().name(),
                        e.depth().name(),
                        e.language().name(),
                        e.status().value(),
                        e.createdAt().toEpochMilli())
                .update();
    }

    Optional<Execution> find(String tenantId, String id) {
        return jdbc.sql("select * from executions where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(ExecutionRepository::execution)
                .optional();
    }

    Optional<ExecutionStatus> status(String tenantId, String id) {
        return jdbc.sql("select status from executions where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(String.class)
                .optional()
                .map(ExecutionStatus::of);
    }

    /** Newest first, strictly after the cursor position (created_at, id) when one is given. */
    List<Execution> page(String tenantId, ExecutionStatus status, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select * from executions where tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.value());
        }
        if (after != null) {
            sql.append(" and (created_at < ? or (created_at = ? and id < ?))");
            params.addAll(List.of(after.createdAt(), after.createdAt(), after.id()));
        }
        sql.append(" order by created_at desc, id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ExecutionRepository::execution)
                .list();
    }

    /** Claims a queued execution, or takes over a running one whose node died; false once it finished. */
    boolean markRunning(String tenantId, String id, Instant now) {
        return jdbc.sql("""
                        update executions set status = 'running', started_at = coalesce(started_at, ?)
                        where tenant_id = ? and id = ? and status in ('queued', 'running')""").params(now.toEpochMilli(), tenantId, id).update() == 1;
    }

    /** Only a running execution finishes: a cancelled or deleted one stays as the user left it. */
    boolean finish(
            String tenantId,
            String id,
            ExecutionStatus status,
            String result,
            String decisionTitle,
            List<String> errors,
            Instant now) {
        return jdbc.sql("""
                        update executions set status = ?, result = ?, decision_title = ?, errors = ?, finished_at = ?
                        where tenant_id = ? and id = ? and status = 'running'""")
                        .params(
                                status.value(),
                                result,
                                decisionTitle,
                                errors.isEmpty() ? null : String.join(ERROR_SEPARATOR, errors),
                                now.toEpochMilli(),
                                tenantId,
                                id)
                        .update()
                == 1;
    }

    boolean cancel(String tenantId, String id, Instant now) {
        return jdbc.sql("""
                        update executions set status = 'cancelled', finished_at = ?
                        where tenant_id = ? and id = ? and status in ('queued', 'running')""").params(now.toEpochMilli(), tenantId, id).update() == 1;
    }

    boolean delete(String tenantId, String id) {
        jdbc.sql("delete from execution_attachments where tenant_id = ? and execution_id = ?")
                .params(tenantId, id)
                .update();
        jdbc.sql("delete from execution_history where tenant_id = ? and execution_id = ?")
                .params(tenantId, id)
                .update();
        // Nor does it stay behind as a precedent that a later execution would be given on a resume.
        jdbc.sql("delete from execution_history where tenant_id = ? and past_execution_id = ?")
                .params(tenantId, id)
                .update();
        jdbc.sql("delete from execution_messages where tenant_id = ? and execution_id = ?")
                .params(tenantId, id)
                .update();
        jdbc.sql("delete from execution_events where tenant_id = ? and execution_id = ?")
                .params(tenantId, id)
                .update();
        jdbc.sql("delete from execution_checkpoints where tenant_id = ? and execution_id = ?")
                .params(tenantId, id)
                .update();
        return jdbc.sql("delete from executions where tenant_id = ? and id = ?")
                        .params(tenantId, id)
                        .update()
                == 1;
    }

    void saveCheckpoint(String tenantId, String id, String advisor, String report, Instant now) {
        jdbc.sql("""
                        insert into execution_checkpoints (tenant_id, execution_id, advisor, report, created_at)
                        select ?, ?, ?, ?, ? where exists (select 1 from executions where tenant_id = ? and id = ?)""")
                .params(tenantId, id, advisor, report, now.toEpochMilli(), tenantId, id)
                .update();
    }

    /** Advisor id -> report JSON, in the order they completed. */
    Map<String, String> checkpoints(String tenantId, String id) {
        Map<String, String> reports = new LinkedHashMap<>();
        jdbc.sql("""
                        select advisor, report from execution_checkpoints
                        where tenant_id = ? and execution_id = ? order by created_at, advisor""").params(tenantId, id).query(rs -> {
            reports.put(rs.getString("advisor"), rs.getString("report"));
        });
        return reports;
    }

    int countCheckpoints(String tenantId, String id) {
        return jdbc.sql("select count(*) from execution_checkpoints where tenant_id = ? and execution_id = ?")
                .params(tenantId, id)
                .query(Integer.class)
                .single();
    }

    /**
     * Appends with the next sequence number of the execution; see {@link #appendEvents}. Answers the
     * number, or 0 when the execution was deleted meanwhile.
     */
    long appendEvent(String tenantId, String id, String type, String data, Instant now) {
        return appendEvents(tenantId, id, List.of(new NewEvent(type, data, now)));
    }

    /**
     * Appends with the next sequence numbers of the execution, in the order given, counted on the
     * execution's row: the update locks it, so concurrent writers of one execution take turns instead
     * of colliding. Nothing is written for an execution deleted meanwhile. Answers the last number
     * given, or 0 when nothing was written.
     */
    long appendEvents(String tenantId, String id, List<NewEvent> events) {
        int count = events.size();
        List<Object> params = new ArrayList<>(List.of(count, tenantId, id));
        if (postgres) {
            // One round trip per execution: hundreds of running executions append thousands of events a minute.
            params.addAll(List.of(tenantId, id));
            for (int i = 0; i < count; i++) {
                NewEvent e = events.get(i);
                params.addAll(List.of(
                        count - 1 - i, e.type(), e.data(), e.occurredAt().toEpochMilli()));
            }
            return jdbc.sql("""
                            with counted as (
                                update executions set event_sequence = event_sequence + ?
                                where tenant_id = ? and id = ? returning event_sequence),
                            inserted as (
                                insert into execution_events (tenant_id, execution_id, sequence, type, data, occurred_at)
                                select ?, ?, event_sequence - e.back, e.type, e.data, e.occurred_at
                                from counted, (values %s) as e (back, type, data, occurred_at))
                            select event_sequence from counted""".formatted(rows(count, "(?, ?, ?, ?)")))
                    .params(params)
                    .query(Long.class)
                    .optional()
                    .orElse(0L);
        }
        Long last = jdbc.sql("update executions set event_sequence = event_sequence + ? where tenant_id = ? and id = ?"
                        + " returning event_sequence")
                .params(params)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (last == null) {
            return 0;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NewEvent e = events.get(i);
            values.addAll(List.of(
                    tenantId,
                    id,
                    last - count + 1 + i,
                    e.type(),
                    e.data(),
                    e.occurredAt().toEpochMilli()));
        }
        jdbc.sql("insert into execution_events (tenant_id, execution_id, sequence, type, data, occurred_at) values "
                        + rows(count, "(?, ?, ?, ?, ?, ?)"))
                .params(values)
                .update();
        return last;
    }

    private static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    /** The execution's advisor events in order, type and data only: what the per-advisor progress is made of. */
    List<StoredEvent> advisorEvents(String tenantId, String id) {
        return jdbc.sql("""
                        select sequence, type, data, occurred_at from execution_events
                        where tenant_id = ? and execution_id = ?
                          and type in ('advisor_started', 'advisor_finished', 'advisor_failed', 'advisor_skipped')
                        order by sequence""")
                .params(tenantId, id)
                .query(ExecutionRepository::storedEvent)
                .list();
    }

    /**
     * Asks every node to stop the execution's run, if it has one. The request holds nothing but the
     * id: the node-wide watchers read it without knowing the tenant.
     */
    void requestStop(String id, Instant now) {
        jdbc.sql("""
                        insert into execution_stops (execution_id, requested_at) values (?, ?)
                        on conflict (execution_id) do update set requested_at = excluded.requested_at""").params(id, now.toEpochMilli()).update();
    }

    /** Which of these executions have been asked to stop. */
    List<String> stopped(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.sql("select execution_id from execution_stops where execution_id in (" + marks + ")")
                .params(List.copyOf(ids))
                .query(String.class)
                .list();
    }

    void purgeStops(long before) {
        jdbc.sql("delete from execution_stops where requested_at < ?")
                .params(before)
                .update();
    }

    List<StoredEvent> eventsAfter(String tenantId, String id, long sequence, int limit) {
        return jdbc.sql("""
                        select sequence, type, data, occurred_at from execution_events
                        where tenant_id = ? and execution_id = ? and sequence > ?
                        order by sequence limit ?""")
                .params(tenantId, id, sequence, limit)
                .query(ExecutionRepository::storedEvent)
                .list();
    }

    /**
     * Appends a question and its answer with the next sequence number of the execution; the primary
     * key refuses a duplicate. Nothing is written for an execution deleted meanwhile.
     */
    boolean appendMessage(String tenantId, String executionId, StoredMessage m) {
        long next =
                jdbc.sql("""
                        select coalesce(max(sequence), 0) + 1 from execution_messages
                        where tenant_id = ? and execution_id = ?""").params(tenantId, executionId).query(Long.class).single();
        return jdbc.sql("""
                        insert into execution_messages
                          (tenant_id, execution_id, sequence, id, question, answer, points, created_at)
                        select ?, ?, ?, ?, ?, ?, ?, ? where exists (select 1 from executions where tenant_id = ? and id = ?)""")
                        .params(
                                tenantId,
                                executionId,
                                next,
                                m.id(),
                                m.question(),
                                m.answer(),
                                m.points(),
                                m.createdAt().toEpochMilli(),
                                tenantId,
                                executionId)
                        .update()
                == 1;
    }

    /** The execution's questions and answers, oldest first. */
    List<StoredMessage> messages(String tenantId, String executionId) {
        return jdbc.sql("""
                        select id, question, answer, points, created_at from execution_messages
                        where tenant_id = ? and execution_id = ? order by sequence""")
                .params(tenantId, executionId)
                .query((rs, n) -> new StoredMessage(
                        rs.getString("id"),
                        rs.getString("question"),
                        rs.getString("answer"),
                        rs.getString("points"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    void insertAttachment(String tenantId, String executionId, int ordinal, StoredAttachment a) {
        jdbc.sql("""
                        insert into execution_attachments
                          (tenant_id, execution_id, ordinal, file_name, row_count, column_count, profile)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, executionId, ordinal, a.fileName(), a.rows(), a.columns(), a.profile())
                .update();
    }

    /** The execution's attached files, in the order they were sent. */
    List<StoredAttachment> attachments(String tenantId, String executionId) {
        return jdbc.sql("""
                        select file_name, row_count, column_count, profile from execution_attachments
                        where tenant_id = ? and execution_id = ? order by ordinal""")
                .params(tenantId, executionId)
                .query((rs, n) -> new StoredAttachment(
                        rs.getString("file_name"),
                        rs.getInt("row_count"),
                        rs.getInt("column_count"),
                        rs.getString("profile")))
                .list();
    }

    void insertHistory(String tenantId, String executionId, int ordinal, String pastExecutionId, String summary) {
        jdbc.sql("""
                        insert into execution_history (tenant_id, execution_id, ordinal, past_execution_id, summary)
                        values (?, ?, ?, ?, ?)""")
                .params(tenantId, executionId, ordinal, pastExecutionId, summary)
                .update();
    }

    /** The summaries of earlier consultations snapshotted when the execution was submitted, newest first. */
    List<String> history(String tenantId, String executionId) {
        return jdbc.sql("""
                        select summary from execution_history
                        where tenant_id = ? and execution_id = ? order by ordinal""").params(tenantId, executionId).query(String.class).list();
    }

    /** The tenant's executions that ended with a consultation (completed or degraded), newest first. */
    /** What a later execution needs of an earlier one to cite it as a precedent. */
    record Finished(
            String id,
            Instant createdAt,
            BusinessType businessType,
            String problemDescription,
            String decisionTitle,
            String result) {}

    /**
     * The tenant's latest finished consultations, without their results: the decision is kept in its
     * own column, and only a row finished before that column existed brings its result along.
     */
    List<Finished> recentlyFinished(String tenantId, int limit) {
        return jdbc.sql("""
                        select id, created_at, business_type, problem_description, decision_title,
                               case when decision_title is null then result end as result
                        from executions
                        where tenant_id = ? and status in ('completed', 'degraded') and result is not null
                        order by created_at desc, id desc limit ?""")
                .params(tenantId, limit)
                .query((rs, row) -> new Finished(
                        rs.getString("id"),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        BusinessType.valueOf(rs.getString("business_type")),
                        rs.getString("problem_description"),
                        rs.getString("decision_title"),
                        rs.getString("result")))
                .list();
    }

    private static StoredEvent storedEvent(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(
                rs.getLong("sequence"),
                rs.getString("type"),
                rs.getString("data"),
                Instant.ofEpochMilli(rs.getLong("occurred_at")));
    }

    private static Execution execution(ResultSet rs, int row) throws SQLException {
        String errors = rs.getString("errors");
        return new Execution(
                rs.getString("id"),
                rs.getString("tenant_id"),
                rs.getString("user_id"),
                rs.getString("problem_description"),
                BusinessType.valueOf(rs.getString("business_type")),
                Depth.valueOf(rs.getString("analysis_depth")),
                Language.valueOf(rs.getString("language")),
                ExecutionStatus.of(rs.getString("status")),
                // The bytes as they came (UTF-8): StoredJson sends them on without a detour through a String.
                StoredJson.ofUtf8(rs.getBytes("result")),
                errors == null ? List.of() : Arrays.asList(errors.split(ERROR_SEPARATOR)),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    record Cursor(long createdAt, String id) {}

    /** @param points the cited points as JSON */
    record StoredMessage(String id, String question, String answer, String points, Instant createdAt) {}

    /** @param profile the engine's profile of the file as JSON */
    record StoredAttachment(String fileName, int rows, int columns, String profile) {}

    record StoredEvent(long sequence, String type, String data, Instant occurredAt) {}

    /** An event to append, its data as JSON; the execution gives it its sequence number. */
    record NewEvent(String type, String data, Instant occurredAt) {
        NewEvent {
            Objects.requireNonNull(type);
            Objects.requireNonNull(data);
            Objects.requireNonNull(occurredAt);
        }
    }
}
