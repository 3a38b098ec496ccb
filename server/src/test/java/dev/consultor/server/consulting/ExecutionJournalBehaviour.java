package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.json.Json;
import dev.consultor.server.Account;
import dev.consultor.server.Stack;
import dev.consultor.server.shared.DatabaseProperties;
import dev.consultor.server.shared.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Progress events appended by many at once: grouped into few transactions, one per tenant, and yet
 * each stored once, numbered without gaps, and in the order each writer appended them.
 */
public interface ExecutionJournalBehaviour extends Stack {
    Executor VIRTUAL = task -> Thread.ofVirtual().start(task);

    @Test
    default void manyWritersOfTwoTenantsHaveEveryEventStoredOnceInOrderInFewerTransactions() throws Exception {
        Account first = api().register();
        Account second = api().register();
        List<Execution> executions = new ArrayList<>();
        for (Account owner : List.of(first, second)) {
            for (int i = 0; i < 3; i++) {
                executions.add(stored(owner));
            }
        }
        // As many writers at once as the node's pool allows, with a count of its own.
        ExecutionJournal journal = journal(context().getBean(DatabaseProperties.class));
        int writers = 24;
        int each = 20;
        var start = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(CompletableFuture.runAsync(
                    () -> {
                        await(start);
                        for (int i = 0; i < each; i++) {
                            Execution e = executions.get((writer + i) % executions.size());
                            journal.append(
                                    e.tenantId(), e.id(), "note", Map.of("type", "note", "writer", writer, "i", i));
                        }
                    },
                    VIRTUAL));
        }
        start.countDown();
        for (Future<Void> f : done) {
            f.get();
        }

        Set<String> seen = new HashSet<>();
        for (Execution e : executions) {
            List<ExecutionRepository.StoredEvent> events = events(e);
            assertThat(events)
                    .extracting(ExecutionRepository.StoredEvent::sequence)
                    .as("sequence numbers of %s", e.id())
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, events.size()).boxed().toList());
            for (int w = 0; w < writers; w++) {
                int writer = w;
                List<Integer> order = events.stream()
                        .map(s -> Json.mapper().readTree(s.data()))
                        .filter(n -> n.get("writer").asInt() == writer)
                        .map(n -> n.get("i").asInt())
                        .toList();
                assertThat(order).as("writer %d in %s", writer, e.id()).isSorted();
                order.forEach(i -> assertThat(seen.add(writer + "/" + i))
                        .as("stored once: %d/%d", writer, i)
                        .isTrue());
            }
        }
        assertThat(seen).hasSize(writers * each);
        assertThat(journal.transactions()).as("transactions").isLessThan(writers * each);
    }

    @Test
    default void aBatchWithEventsOfADeletedExecutionWritesTheOthers() throws Exception {
        Account first = api().register();
        Account second = api().register();
        Execution deleted = stored(first);
        Execution kept = stored(first);
        Execution other = stored(second);
        inTenant(first.tenantId(), () -> bean(ExecutionRepository.class).delete(first.tenantId(), deleted.id()));
        ExecutionJournal journal = journalWithOneWriter();

        List<CompletableFuture<Void>> appended = queuedTogether(
                journal,
                List.of(
                        () -> journal.append(first.tenantId(), deleted.id(), "note"),
                        () -> journal.append(first.tenantId(), kept.id(), "note"),
                        () -> journal.append(second.tenantId(), other.id(), "note")));

        for (var f : appended) {
            f.get();
        }
        assertThat(events(kept))
                .extracting(ExecutionRepository.StoredEvent::type)
                .containsExactly("note");
        assertThat(events(other))
                .extracting(ExecutionRepository.StoredEvent::type)
                .containsExactly("note");
        assertThat(journal.transactions())
                .as("one batch, a transaction per tenant")
                .isEqualTo(2);
    }

    @Test
    default void aTenantWhoseTransactionFailsFailsOnlyItsOwnAppends() throws Exception {
        Account first = api().register();
        Account second = api().register();
        Execution broken = stored(first);
        Execution sameTenant = stored(first);
        Execution other = stored(second);
        // A row where the counter's next number goes: the first tenant's insert collides.
        inTenant(
                first.tenantId(),
                () -> bean(JdbcClient.class)
                        .sql("""
                        insert into execution_events (tenant_id, execution_id, sequence, type, data, occurred_at)
                        values (?, ?, 1, 'note', '{}', 0)""")
                        .params(first.tenantId(), broken.id())
                        .update());
        ExecutionJournal journal = journalWithOneWriter();

        List<CompletableFuture<Void>> appended = queuedTogether(
                journal,
                List.of(
                        () -> journal.append(first.tenantId(), broken.id(), "note"),
                        () -> journal.append(first.tenantId(), sameTenant.id(), "note"),
                        () -> journal.append(second.tenantId(), other.id(), "note")));

        for (var failed : appended.subList(0, 2)) {
            assertThat(failed)
                    .failsWithin(Duration.ofSeconds(30))
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause()
                    .isInstanceOf(DataAccessException.class);
        }
        appended.get(2).get();
        assertThat(events(sameTenant)).isEmpty();
        assertThat(events(other))
                .extracting(ExecutionRepository.StoredEvent::type)
                .containsExactly("note");
        assertThat(journal.transactions()).isEqualTo(1);
    }

    @Test
    default void interruptedCallersHaveTheirEventsWrittenAndKeepTheirInterrupt() throws Exception {
        Account owner = api().register();
        List<Execution> executions = List.of(stored(owner), stored(owner));
        ExecutionJournal journal = journal(context().getBean(DatabaseProperties.class));
        int writers = 16;
        int each = 10;
        var start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            // As the events of a cancelled run: on interrupted threads, waiting in turn with the others.
            done.add(CompletableFuture.supplyAsync(
                    () -> {
                        await(start);
                        Thread.currentThread().interrupt();
                        for (int i = 0; i < each; i++) {
                            Execution e = executions.get((writer + i) % executions.size());
                            journal.append(e.tenantId(), e.id(), "advisor_skipped");
                        }
                        return Thread.currentThread().isInterrupted();
                    },
                    VIRTUAL));
        }
        start.countDown();

        for (var stillInterrupted : done) {
            assertThat(stillInterrupted.get()).as("still interrupted").isTrue();
        }
        assertThat(events(executions.get(0)).size() + events(executions.get(1)).size())
                .isEqualTo(writers * each);
    }

    /**
     * A cancel or a shutdown interrupts a run's threads, and one may be in the middle of writing: the
     * statement must finish. On PostgreSQL an interrupted virtual thread's socket was closed under it,
     * losing the event and the connection.
     */
    @Test
    default void anAppendInterruptedWhileItsStatementWaitsIsStillWrittenAndTheCallerKeepsTheInterrupt()
            throws Exception {
        Account owner = api().register();
        Execution e = stored(owner);
        ExecutionJournal journal = journal(bean(DatabaseProperties.class));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // Another transaction holds the execution's row (PostgreSQL) or the database (SQLite) meanwhile.
        var holder = CompletableFuture.runAsync(
                () -> inTenant(e.tenantId(), () -> {
                    bean(JdbcClient.class)
                            .sql("update executions set event_sequence = event_sequence where tenant_id = ? and id = ?")
                            .params(e.tenantId(), e.id())
                            .update();
                    locked.countDown();
                    await(release);
                    return null;
                }),
                VIRTUAL);
        await(locked);
        var appender = new CompletableFuture<Thread>();
        var appended = CompletableFuture.supplyAsync(
                () -> {
                    appender.complete(Thread.currentThread());
                    journal.append(e.tenantId(), e.id(), "advisor_skipped");
                    return Thread.currentThread().isInterrupted();
                },
                VIRTUAL);
        ExecutionBehaviour.pause(300); // the append waits for the row
        appender.get().interrupt();
        ExecutionBehaviour.pause(100);
        release.countDown();
        holder.get();

        assertThat(appended.get()).as("the caller is still interrupted").isTrue();
        assertThat(events(e)).extracting(ExecutionRepository.StoredEvent::type).containsExactly("advisor_skipped");
    }

    /**
     * Starts the appends while the journal's only writer's turn is held, and lets it go once they
     * all wait: they are written as one batch.
     */
    private static List<CompletableFuture<Void>> queuedTogether(ExecutionJournal journal, List<Runnable> appends) {
        return journal.gated(() -> {
            List<CompletableFuture<Void>> started = appends.stream()
                    .map(a -> CompletableFuture.runAsync(a, VIRTUAL))
                    .toList();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (journal.queued() < appends.size()) {
                assertThat(System.nanoTime()).as("appends queued").isLessThan(deadline);
                ExecutionBehaviour.pause(5);
            }
            return started;
        });
    }

    private ExecutionJournal journalWithOneWriter() {
        DatabaseProperties database = bean(DatabaseProperties.class);
        // Half of a pool of two: one writer at a time, on either database.
        return journal(new DatabaseProperties(
                database.url(), database.dataDir(), 2, database.appUser(), database.appPassword()));
    }

    private ExecutionJournal journal(DatabaseProperties database) {
        return new ExecutionJournal(
                bean(ExecutionRepository.class), bean(TransactionTemplate.class), bean(Clock.class), database);
    }

    /** A finished execution of the owner's, stored without a run: only the test appends to it. */
    private Execution stored(Account owner) {
        Instant now = Instant.now();
        var execution = new Execution(
                UUID.randomUUID().toString(),
                owner.tenantId(),
                owner.userId(),
                ExecutionBehaviour.PROBLEM,
                BusinessType.SAAS,
                Depth.QUICK,
                Language.PT_BR,
                ExecutionStatus.COMPLETED,
                null,
                List.of(),
                now,
                now,
                now);
        inTenant(owner.tenantId(), () -> {
            bean(ExecutionRepository.class).insert(execution);
            return null;
        });
        return execution;
    }

    private List<ExecutionRepository.StoredEvent> events(Execution e) {
        return inTenant(
                e.tenantId(), () -> bean(ExecutionRepository.class).eventsAfter(e.tenantId(), e.id(), 0, 10_000));
    }

    private <T> T inTenant(String tenantId, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(
                tenantId, () -> bean(TransactionTemplate.class).execute(s -> work.get()));
    }

    private <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
