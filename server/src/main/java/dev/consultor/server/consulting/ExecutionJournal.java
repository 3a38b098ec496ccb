package dev.consultor.server.consulting;

import dev.consultor.engine.json.Json;
import dev.consultor.server.shared.DatabaseProperties;
import dev.consultor.server.shared.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends progress events to an execution, so any node can replay them. Concurrent writers of one
 * execution (its advisors, a cancel request) take their sequence numbers in turn from the
 * execution's counter: none is lost to a collision.
 *
 * <p>Appends, and the other work of running executions passed through {@link #gated}, take at most
 * half of the connection pool at once: a node running hundreds of executions writes in turn, and
 * requests (reading an execution, logging in) still find a connection free. Appends that queue
 * meanwhile are committed together by whoever gets a turn next, one transaction per tenant: under
 * load a transaction carries many events instead of one; alone, an event is written at once.
 */
@Component
class ExecutionJournal {
    /** Bounds a transaction's length, and how long the writer's own caller waits for others. */
    static final int BATCH = 200;

    private final ExecutionRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Semaphore writers;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicLong transactions = new AtomicLong();
    private final ThreadFactory writerThreads;

    @Autowired
    ExecutionJournal(
            ExecutionRepository repository,
            TransactionTemplate tx,
            Clock clock,
            DatabaseProperties database,
            ConsultingProperties consulting) {
        this(
                repository,
                tx,
                clock,
                database,
                RunThreads.builder(consulting.carriers()).factory());
    }

    ExecutionJournal(ExecutionRepository repository, TransactionTemplate tx, Clock clock, DatabaseProperties database) {
        this(repository, tx, clock, database, Thread.ofVirtual().factory());
    }

    private ExecutionJournal(
            ExecutionRepository repository,
            TransactionTemplate tx,
            Clock clock,
            DatabaseProperties database,
            ThreadFactory writerThreads) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
        this.writers = new Semaphore(database.postgres() ? Math.max(1, database.poolSize() / 2) : 1, true);
        this.writerThreads = writerThreads;
    }

    /** Returns once the event is committed; throws when its transaction failed. */
    void append(String tenantId, String executionId, String type, Object data) {
        var event = new Pending(
                tenantId,
                executionId,
                new ExecutionRepository.NewEvent(type, Json.write(data), clock.instant()),
                new CompletableFuture<>());
        pending.add(event);
        gated(() -> {
            while (!event.written().isDone()) {
                if (!writeBatch()) {
                    break; // nothing left to take: another writer has the event
                }
            }
            return null;
        });
        try {
            event.written().join(); // not interrupted: the events of a cancelled run are recorded too
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Writes the events pending, up to a batch; false when there were none. */
    private boolean writeBatch() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p; batch.size() < BATCH && (p = pending.poll()) != null; ) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return false;
        }
        try {
            batch.stream()
                    .collect(Collectors.groupingBy(Pending::tenantId, LinkedHashMap::new, Collectors.toList()))
                    .forEach(this::write);
        } finally {
            // Only an Error leaves any unanswered; its waiters must not wait forever.
            if (batch.stream().anyMatch(p -> !p.written().isDone())) {
                var unwritten = new IllegalStateException("event not written");
                batch.forEach(p -> p.written().completeExceptionally(unwritten));
            }
        }
        return true;
    }

    /**
     * A tenant's events in one transaction, each execution's in the order they came. Executions are
     * taken in the order of their ids: two transactions locking two of them crosswise would deadlock.
     */
    private void write(String tenantId, List<Pending> events) {
        Map<String, List<ExecutionRepository.NewEvent>> byExecution = events.stream()
                .collect(Collectors.groupingBy(
                        Pending::executionId, TreeMap::new, Collectors.mapping(Pending::event, Collectors.toList())));
        try {
            // The batch holds others' events too: an interrupt meant for this caller must not cost them theirs.
            despiteInterrupts(() -> TenantContext.callAs(
                    tenantId,
                    () -> tx.execute(s -> {
                        byExecution.forEach((id, its) -> repository.appendEvents(tenantId, id, its));
                        return null;
                    })));
        } catch (RuntimeException e) {
            events.forEach(p -> p.written().completeExceptionally(e));
            return;
        }
        transactions.incrementAndGet();
        events.forEach(p -> p.written().complete(null));
    }

    /** Transactions that committed appended events: fewer than the events when they were grouped. */
    long transactions() {
        return transactions.get();
    }

    /** Appends waiting for a writer. */
    int queued() {
        return pending.size();
    }

    private record Pending(
            String tenantId, String executionId, ExecutionRepository.NewEvent event, CompletableFuture<Void> written) {}

    /**
     * Database work of running executions (claims, checkpoints, events, their finish) takes turns for
     * half of the pool, so that requests find the other half free. Not to be nested: the work must not
     * itself come back here.
     */
    <T> T gated(Supplier<T> work) {
        // Uninterruptibly: the events of a cancelled run (advisors skipped) are recorded too.
        writers.acquireUninterruptibly();
        try {
            return despiteInterrupts(work);
        } finally {
            writers.release();
        }
    }

    /**
     * Does the work here, and once more on a thread of its own if an interrupt cut it short. A cancel
     * or a shutdown interrupts a run's threads: with the flag set a pooled connection cannot be taken,
     * so it is set aside meanwhile, and one arriving in the middle of a statement closes the socket
     * under it, which rolls the transaction back (the event or checkpoint was lost, with the pooled
     * connection). The second attempt runs where nothing interrupts it, and the caller waits for it
     * without heeding interrupts. The caller keeps any interrupt it got.
     *
     * <p>Only a failed attempt is repeated, and its transaction did not commit, unless the interrupt
     * came while the commit itself was on the wire: then an event may be stored twice, which readers
     * tell by its sequence number, and a checkpoint's second insert is refused by its key.
     */
    private <T> T despiteInterrupts(Supplier<T> work) {
        boolean interrupted = Thread.interrupted();
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!Thread.interrupted()) {
                throw e;
            }
            interrupted = true;
            return onUninterruptedThread(work);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T onUninterruptedThread(Supplier<T> work) {
        var done = new CompletableFuture<T>();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        writerThreads
                .newThread(() -> {
                    if (logContext != null) {
                        MDC.setContextMap(logContext);
                    }
                    try {
                        done.complete(work.get());
                    } catch (Throwable e) {
                        done.completeExceptionally(e);
                    }
                })
                .start();
        try {
            return done.join(); // not interruptible
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
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
