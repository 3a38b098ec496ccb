package dev.consultor.server.consulting;

import dev.consultor.engine.brief.Depth;
import dev.consultor.server.consulting.ExecutionExceptions.ExecutionAlreadyFinished;
import dev.consultor.server.consulting.ExecutionExceptions.ExecutionNotFound;
import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.shared.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Submitting, reading, cancelling and deleting a tenant's executions. */
@Service
class Executions {
    private final ExecutionRepository repository;
    private final ExecutionJournal journal;
    private final JobScheduler jobs;
    private final ExecutionRunner runner;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ConsultingProperties properties;
    private final Clock clock;

    Executions(
            ExecutionRepository repository,
            ExecutionJournal journal,
            JobScheduler jobs,
            ExecutionRunner runner,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            ConsultingProperties properties,
            Clock clock) {
        this.repository = repository;
        this.journal = journal;
        this.jobs = jobs;
        this.runner = runner;
        this.tx = tx;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    Execution create(AuthenticatedUser user, ExecutionRequest request) {
        ExecutionRequest.Valid valid = request.validate();
        Instant now = clock.instant();
        Execution execution = new Execution(
                UUID.randomUUID().toString(),
                user.tenantId(),
                user.userId(),
                valid.problem(),
                valid.businessType(),
                valid.depth(),
                valid.language(),
                ExecutionStatus.QUEUED,
                null,
                List.of(),
                now,
                null,
                null);
        tx.executeWithoutResult(s -> repository.insert(execution));
        journal.append(user.tenantId(), execution.id(), "queued");
        jobs.submit(user.tenantId(), execution.id(), now);
        events.publishEvent(new ExecutionEvents.ExecutionCreated(
                user.tenantId(),
                user.userId(),
                execution.id(),
                valid.depth().name().toLowerCase(java.util.Locale.ROOT)));
        return execution;
    }

    Execution get(AuthenticatedUser user, String id) {
        return tx.execute(s -> repository.find(user.tenantId(), id)).orElseThrow(ExecutionNotFound::new);
    }

    List<Execution> page(AuthenticatedUser user, ExecutionStatus status, ExecutionRepository.Cursor after, int limit) {
        return tx.execute(s -> repository.page(user.tenantId(), status, after, limit));
    }

    List<ExecutionRepository.StoredEvent> events(String tenantId, String id, long after) {
        return TenantContext.callAs(tenantId, () -> tx.execute(s -> repository.eventsAfter(tenantId, id, after, 500)));
    }

    ExecutionStatus status(String tenantId, String id) {
        return TenantContext.callAs(tenantId, () -> tx.execute(s -> repository.status(tenantId, id)))
                .orElseThrow(ExecutionNotFound::new);
    }

    Execution cancel(AuthenticatedUser user, String id) {
        Execution execution = get(user, id);
        boolean cancelled = journal.changeAndAppend(
                user.tenantId(),
                id,
                () -> repository.cancel(user.tenantId(), id, clock.instant()),
                "cancelled",
                Map.of("type", "cancelled", "by", user.userId()));
        if (!cancelled) {
            throw new ExecutionAlreadyFinished(get(user, id).status());
        }
        jobs.withdraw(id);
        runner.interruptIfRunningHere(id);
        events.publishEvent(new ExecutionEvents.ExecutionCancelled(user.tenantId(), user.userId(), execution.id()));
        return get(user, id);
    }

    void delete(AuthenticatedUser user, String id) {
        // A running job sees its execution gone and stops, as after a cancel.
        boolean deleted = Boolean.TRUE.equals(tx.execute(s -> repository.delete(user.tenantId(), id)));
        if (!deleted) {
            throw new ExecutionNotFound();
        }
        jobs.withdraw(id);
        runner.interruptIfRunningHere(id);
        events.publishEvent(new ExecutionEvents.ExecutionDeleted(user.tenantId(), user.userId(), id));
    }

    /** Rough until observed latencies are kept: the calls a depth makes, at the configured pace. */
    long estimatedSeconds(Depth depth) {
        long base = switch (depth) {
            case QUICK -> 20;
            case STANDARD -> 40;
            case DEEP -> 90;
        };
        Duration simulated = properties
                .offlineLatency()
                .multipliedBy(
                        switch (depth) {
                            case QUICK -> 8;
                            case STANDARD -> 12;
                            case DEEP -> 18;
                        });
        return Math.max(1, Math.min(base, 5 + simulated.toSeconds()));
    }
}
