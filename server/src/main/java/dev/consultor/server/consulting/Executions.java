package dev.consultor.server.consulting;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.deliberation.history.Refinement;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.RefineIntent;
import dev.consultor.server.consulting.ExecutionExceptions.ExecutionAlreadyFinished;
import dev.consultor.server.consulting.ExecutionExceptions.ExecutionHasNoConsultation;
import dev.consultor.server.consulting.ExecutionExceptions.ExecutionNotFinished;
import dev.consultor.server.consulting.ExecutionExceptions.ExecutionNotFound;
import dev.consultor.server.consulting.ExecutionRepository.StoredMessage;
import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.shared.InvalidInput.FieldError;
import dev.consultor.server.shared.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
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
    private final ConsultationEngine engine;
    private final DurationEstimator estimator;
    private final ExecutionMetrics metrics;

    Executions(
            ExecutionRepository repository,
            ExecutionJournal journal,
            JobScheduler jobs,
            ExecutionRunner runner,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            ConsultingProperties properties,
            Clock clock,
            ConsultationEngine engine,
            DurationEstimator estimator,
            ExecutionMetrics metrics) {
        this.engine = engine;
        this.estimator = estimator;
        this.metrics = metrics;
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
        return create(user, request, List.of());
    }

    /**
     * The files are profiled before anything is stored, so bad data is refused with the request. The
     * profiles and summaries of the tenant's latest finished consultations are stored with the execution.
     */
    Execution create(AuthenticatedUser user, ExecutionRequest request, List<? extends ExecutionInputs.Upload> files) {
        List<FieldError> fileErrors = new ArrayList<>();
        List<DataSet> data = ExecutionInputs.profile(files, fileErrors);
        ExecutionRequest.Valid valid = request.validate(fileErrors);
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
        String tenantId = user.tenantId();
        // Admitted a few at a time (SubmissionAdmission), so a burst leaves connections for reads and runs.
        store(execution, data);
        jobs.submit(user.tenantId(), execution.id(), now);
        metrics.submitted(valid.depth());
        events.publishEvent(new ExecutionEvents.ExecutionCreated(
                user.tenantId(),
                user.userId(),
                execution.id(),
                valid.depth().name().toLowerCase(java.util.Locale.ROOT)));
        return execution;
    }

    /** The execution, what grounds it and its first event, in one transaction. */
    private void store(Execution execution, List<DataSet> data) {
        String tenantId = execution.tenantId();
        tx.executeWithoutResult(s -> {
            // Read before the insert: the new execution is never its own precedent.
            List<ExecutionRepository.Finished> earlier =
                    repository.recentlyFinished(tenantId, ExecutionInputs.HISTORY_SIZE);
            repository.insert(execution);
            for (int i = 0; i < data.size(); i++) {
                repository.insertAttachment(tenantId, execution.id(), i, ExecutionInputs.stored(data.get(i)));
            }
            for (int i = 0; i < earlier.size(); i++) {
                ExecutionRepository.Finished past = earlier.get(i);
                repository.insertHistory(
                        tenantId, execution.id(), i, past.id(), ExecutionInputs.write(ExecutionInputs.summary(past)));
            }
            repository.appendEvent(
                    tenantId, execution.id(), "queued", Json.write(Map.of("type", "queued")), execution.createdAt());
        });
    }

    Execution get(AuthenticatedUser user, String id) {
        return tx.execute(s -> repository.find(user.tenantId(), id)).orElseThrow(ExecutionNotFound::new);
    }

    /** An execution with its advisor events, read in one transaction so they agree with each other. */
    record Detail(
            Execution execution,
            List<ExecutionRepository.StoredEvent> advisorEvents,
            List<ExecutionRepository.StoredAttachment> attachments) {}

    Detail detail(AuthenticatedUser user, String id) {
        String tenantId = user.tenantId();
        return tx.execute(s -> repository
                .find(tenantId, id)
                .map(e -> new Detail(e, repository.advisorEvents(tenantId, id), repository.attachments(tenantId, id)))
                .orElseThrow(ExecutionNotFound::new));
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
                () -> {
                    Instant now = clock.instant();
                    if (!repository.cancel(user.tenantId(), id, now)) {
                        return false;
                    }
                    repository.requestStop(id, now);
                    return true;
                },
                "cancelled",
                Map.of("type", "cancelled", "by", user.userId()));
        if (!cancelled) {
            throw new ExecutionAlreadyFinished(get(user, id).status());
        }
        metrics.cancelled(execution.depth());
        jobs.withdraw(id);
        runner.interruptIfRunningHere(id);
        events.publishEvent(new ExecutionEvents.ExecutionCancelled(user.tenantId(), user.userId(), execution.id()));
        return get(user, id);
    }

    void delete(AuthenticatedUser user, String id) {
        // A running job is asked to stop, as after a cancel.
        boolean deleted = Boolean.TRUE.equals(tx.execute(s -> {
            boolean unfinished = repository
                    .status(user.tenantId(), id)
                    .map(status -> !status.finished())
                    .orElse(false);
            if (unfinished) {
                repository.requestStop(id, clock.instant());
            }
            return repository.delete(user.tenantId(), id);
        }));
        if (!deleted) {
            throw new ExecutionNotFound();
        }
        jobs.withdraw(id);
        runner.interruptIfRunningHere(id);
        events.publishEvent(new ExecutionEvents.ExecutionDeleted(user.tenantId(), user.userId(), id));
    }

    /** A question and its grounded answer, as stored. */
    record Message(String id, String question, String answer, List<Refinement.Point> points, Instant createdAt) {
        static Message of(StoredMessage m) {
            return new Message(
                    m.id(),
                    m.question(),
                    m.answer(),
                    List.of(Json.read(m.points(), Refinement.Point[].class)),
                    m.createdAt());
        }
    }

    private record Asked(Execution execution, List<StoredMessage> messages) {}

    /**
     * Answers a follow-up question on a finished execution with the earlier questions of its thread.
     * The engine runs outside any transaction: the consultation and thread are read in one short
     * transaction, the answer written in another.
     */
    Message refine(AuthenticatedUser user, String id, RefineRequest request) {
        String question = request.validate();
        String tenantId = user.tenantId();
        Asked thread = tx.execute(s -> repository
                .find(tenantId, id)
                .map(e -> new Asked(e, repository.messages(tenantId, id)))
                .orElseThrow(ExecutionNotFound::new));
        Execution execution = thread.execution();
        if (!execution.status().finished()) {
            throw new ExecutionNotFinished(execution.status());
        }
        if (execution.result() == null) {
            throw new ExecutionHasNoConsultation(execution.status());
        }
        Consultation consultation = execution.result().read(Consultation.class);
        List<RefineIntent.Exchange> earlier = thread.messages().stream()
                .map(m -> new RefineIntent.Exchange(m.question(), m.answer()))
                .toList();
        Refinement refinement;
        try {
            refinement = engine.refine(consultation, question, earlier);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while answering", e);
        }
        StoredMessage message = new StoredMessage(
                UUID.randomUUID().toString(),
                question,
                answerOf(refinement),
                Json.write(refinement.points()),
                clock.instant());
        for (int attempt = 1; ; attempt++) {
            try {
                boolean stored = Boolean.TRUE.equals(tx.execute(s -> repository.appendMessage(tenantId, id, message)));
                if (!stored) {
                    throw new ExecutionNotFound();
                }
                break;
            } catch (DuplicateKeyException e) {
                // Another question of the same execution took this sequence number: take the next.
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        events.publishEvent(new ExecutionEvents.ExecutionRefined(tenantId, user.userId(), id, message.id()));
        return Message.of(message);
    }

    List<Message> messages(AuthenticatedUser user, String id) {
        String tenantId = user.tenantId();
        return tx
                .execute(s -> {
                    if (repository.status(tenantId, id).isEmpty()) {
                        throw new ExecutionNotFound();
                    }
                    return repository.messages(tenantId, id);
                })
                .stream()
                .map(Message::of)
                .toList();
    }

    /** The points' texts, one a line: what the next question of the thread is read against. */
    private static String answerOf(Refinement refinement) {
        return String.join(
                "\n", refinement.points().stream().map(Refinement.Point::text).toList());
    }

    /** From submit to finish: see {@link DurationEstimator}. */
    long estimatedSeconds(Execution execution) {
        return estimator.seconds(execution.depth(), execution.createdAt());
    }
}
