package dev.consultor.server.consulting;

import dev.consultor.engine.json.Json;
import dev.consultor.server.shared.DatabaseProperties;
import dev.consultor.server.shared.TenantContext;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends progress events to an execution, each in its own short transaction, so any node can
 * replay them. Concurrent writers of one execution (its advisors, a cancel request) take their
 * sequence numbers in turn from the execution's counter: none is lost to a collision.
 *
 * <p>Appends, and the other work of running executions passed through {@link #gated}, take at most
 * half of the connection pool at once: a node running hundreds of executions writes in turn, and
 * requests (reading an execution, logging in) still find a connection free.
 */
@Component
class ExecutionJournal {
    private final ExecutionRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Semaphore writers;

    ExecutionJournal(ExecutionRepository repository, TransactionTemplate tx, Clock clock, DatabaseProperties database) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
        this.writers = new Semaphore(database.postgres() ? Math.max(1, database.poolSize() / 2) : 1, true);
    }

    void append(String tenantId, String executionId, String type, Object data) {
        String json = Json.write(data);
        gated(() -> {
            TenantContext.runAs(
                    tenantId,
                    () -> tx.executeWithoutResult(
                            s -> repository.appendEvent(tenantId, executionId, type, json, clock.instant())));
            return null;
        });
    }

    /**
     * Database work of running executions (claims, checkpoints, events, their finish) takes turns for
     * half of the pool, so that requests find the other half free. Not to be nested: the work must not
     * itself come back here.
     */
    <T> T gated(java.util.function.Supplier<T> work) {
        // Uninterruptibly: the events of a cancelled run (advisors skipped) are recorded too.
        writers.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            writers.release();
        }
    }

    /**
     * Changes the execution and records the event of that change in one transaction, so a stream
     * that sees the new status also sees the event (a finished execution's last event is never
     * missed). Nothing is recorded when {@code change} answers false.
     */
    boolean changeAndAppend(
            String tenantId, String executionId, java.util.function.BooleanSupplier change, String type, Object data) {
        String json = Json.write(data);
        return Boolean.TRUE.equals(TenantContext.callAs(
                tenantId,
                () -> tx.execute(s -> {
                    if (!change.getAsBoolean()) {
                        return false;
                    }
                    repository.appendEvent(tenantId, executionId, type, json, clock.instant());
                    return true;
                })));
    }

    void append(String tenantId, String executionId, String type) {
        append(tenantId, executionId, type, Map.of("type", type));
    }
}
