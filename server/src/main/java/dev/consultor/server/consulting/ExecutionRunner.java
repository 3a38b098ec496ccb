package dev.consultor.server.consulting;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.ProgressListener;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.server.shared.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one execution on a scheduler thread. Reports already checkpointed are passed back to the
 * engine, so a job revived after a crash does not ask finished advisors again. No transaction is
 * open while the engine runs: each checkpoint and event is written in its own short one (events
 * that queue meanwhile in a shared one, see {@link ExecutionJournal}).
 */
@Component
class ExecutionRunner {
    static final String TASK = "execution";
    private static final Logger log = LoggerFactory.getLogger(ExecutionRunner.class);
    private static final Duration RETRY_AFTER_STOP = Duration.ofSeconds(2);

    private final ExecutionRepository repository;
    private final ExecutionJournal journal;
    private final ConsultationEngine engine;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutionMetrics metrics;
    private final RunningExecutions running;
    private volatile boolean stopping;

    ExecutionRunner(
            ExecutionRepository repository,
            ExecutionJournal journal,
            ConsultationEngine engine,
            TransactionTemplate tx,
            Clock clock,
            ExecutionMetrics metrics,
            RunningExecutions running) {
        this.metrics = metrics;
        this.running = running;
        this.repository = repository;
        this.journal = journal;
        this.engine = engine;
        this.tx = tx;
        this.clock = clock;
    }

    static OneTimeTask<String> task(ExecutionRunner runner) {
        return Tasks.oneTime(TASK, String.class)
                // A run given up by a stopping node is picked up again soon, by any node.
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_STOP))
                .execute((instance, context) -> runner.run(instance.getData(), instance.getId()));
    }

    void run(String tenantId, String executionId) {
        MDC.put("tenant_id", tenantId);
        MDC.put("execution_id", executionId);
        try {
            if (stopping) {
                // Picked between the stop signal and the scheduler's own stop: left queued for the next node.
                throw new NodeStopping();
            }
            // The claim, the stored inputs and the checkpoints in one transaction.
            Optional<Claimed> claimed = inTenant(
                    tenantId,
                    () -> repository
                            .find(tenantId, executionId)
                            .filter(e -> repository.markRunning(tenantId, executionId, clock.instant()))
                            .map(e -> new Claimed(e, brief(e), checkpoints(tenantId, executionId))));
            if (claimed.isEmpty()) {
                return; // cancelled or deleted before it started
            }
            metrics.started(claimed.get().execution(), clock.instant());
            Map<String, AgentReport> checkpoints = claimed.get().checkpoints();
            journal.append(
                    tenantId,
                    executionId,
                    checkpoints.isEmpty() ? "started" : "resumed",
                    Map.of(
                            "type",
                            checkpoints.isEmpty() ? "started" : "resumed",
                            "checkpointed_advisors",
                            List.copyOf(checkpoints.keySet())));
            Consultation consultation = runWatchingForCancel(claimed.get());
            if (stopping) {
                // Unfinished advisors were cut short by the shutdown, not by the user or the model.
                throw new NodeStopping();
            }
            finish(tenantId, executionId, consultation);
        } catch (NodeStopping e) {
            throw e;
        } catch (RuntimeException e) {
            Thread.interrupted();
            log.error("Execution failed", e);
            fail(tenantId, executionId, "internal error: " + e.getClass().getSimpleName());
        } finally {
            metrics.ended(executionId);
            MDC.remove("tenant_id");
            MDC.remove("execution_id");
        }
    }

    /**
     * The node is shutting down: runs in progress stop without finishing their executions, which
     * stay running with their checkpoints until the job is picked up again.
     */
    void stopping() {
        stopping = true;
        running.interruptAll();
    }

    /** Stops a run on this node at once; runs on other nodes notice the status within a moment. */
    void interruptIfRunningHere(String executionId) {
        running.interrupt(executionId);
    }

    /** An execution this node now runs, with what it is asked and what was already answered. */
    private record Claimed(Execution execution, Brief brief, Map<String, AgentReport> checkpoints) {}

    private Consultation runWatchingForCancel(Claimed claimed) {
        Execution execution = claimed.execution();
        // The node-wide watcher interrupts this thread when the execution is cancelled or deleted elsewhere.
        running.started(execution.id());
        if (stopping) {
            Thread.currentThread().interrupt(); // stopping() ran before this run was registered
        }
        try {
            return engine.run(execution.id(), claimed.brief(), new Recorder(execution), claimed.checkpoints());
        } finally {
            // Also clears the flag the engine leaves set when it was interrupted: the writes below need a clear one.
            running.ended(execution.id());
        }
    }

    /** The brief with the attachments' profiles and the earlier consultations stored at submission. */
    private Brief brief(Execution execution) {
        String tenantId = execution.tenantId();
        return execution.brief(
                repository.attachments(tenantId, execution.id()).stream()
                        .map(ExecutionInputs::profileOf)
                        .toList(),
                repository.history(tenantId, execution.id()).stream()
                        .map(ExecutionInputs::pastOf)
                        .toList());
    }

    private void finish(String tenantId, String executionId, Consultation consultation) {
        ExecutionStatus status = ExecutionStatus.of(consultation.status());
        String result = Json.write(consultation);
        boolean finished = journal.gated(() -> journal.changeAndAppend(
                tenantId,
                executionId,
                () -> repository.finish(
                        tenantId,
                        executionId,
                        status,
                        result,
                        ExecutionInputs.decisionOf(consultation),
                        consultation.errors(),
                        clock.instant()),
                status.value(),
                Map.of("type", status.value(), "errors", consultation.errors())));
        if (finished) {
            metrics.finished(executionId, status);
        }
    }

    private void fail(String tenantId, String executionId, String cause) {
        try {
            boolean failed = journal.changeAndAppend(
                    tenantId,
                    executionId,
                    () -> repository.finish(
                            tenantId, executionId, ExecutionStatus.FAILED, null, null, List.of(cause), clock.instant()),
                    "failed",
                    Map.of("type", "failed", "errors", List.of(cause)));
            if (failed) {
                metrics.finished(executionId, ExecutionStatus.FAILED);
            }
        } catch (RuntimeException e) {
            log.error("Could not record the failure of the execution", e);
        }
    }

    /** The reports already answered; read within the claim's transaction, like {@link #brief}. */
    private Map<String, AgentReport> checkpoints(String tenantId, String executionId) {
        Map<String, AgentReport> reports = new LinkedHashMap<>();
        repository
                .checkpoints(tenantId, executionId)
                .forEach((advisor, json) -> reports.put(advisor, Json.read(json, AgentReport.class)));
        return reports;
    }

    private <T> T inTenant(String tenantId, java.util.function.Supplier<T> work) {
        return journal.gated(() -> TenantContext.callAs(tenantId, () -> tx.execute(s -> work.get())));
    }

    /** Event classes and the type names they are written with. */
    private static final Map<Class<?>, String> EVENT_TYPES = new ConcurrentHashMap<>();

    /** Called from the engine's virtual threads, which do not carry the tenant: it is passed explicitly. */
    private final class Recorder implements ProgressListener {
        private final String tenantId;
        private final String executionId;

        Recorder(Execution execution) {
            this.tenantId = execution.tenantId();
            this.executionId = execution.id();
        }

        @Override
        public void reportReady(String advisor, AgentReport report) {
            String json = Json.write(report);
            write(() -> inTenant(tenantId, () -> {
                repository.saveCheckpoint(tenantId, executionId, advisor, json, clock.instant());
                return null;
            }));
        }

        @Override
        public void on(ProgressEvent event) {
            if (event instanceof ProgressEvent.TextDelta) {
                return; // token by token is for an in-process display, not for the database
            }
            if (stopping
                    && (event instanceof ProgressEvent.AdvisorSkipped
                            || event instanceof ProgressEvent.ConsultationFinished)) {
                // The engine winding down a run cut short by the shutdown: the execution goes on elsewhere,
                // so neither its unfinished advisors nor the consultation have ended.
                return;
            }
            metrics.on(executionId, event);
            write(() -> journal.append(tenantId, executionId, type(event), event));
        }

        /**
         * Progress that could not be recorded is logged and the run goes on. Events of a cancelled run
         * (advisors skipped) arrive on interrupted threads: the journal writes them all the same.
         */
        private static void write(Runnable write) {
            try {
                write.run();
            } catch (RuntimeException e) {
                log.warn("Could not record the progress of an execution", e);
            }
        }

        /** The name an event's class is written with: the same for every event of the class, so asked once. */
        private static String type(ProgressEvent event) {
            return EVENT_TYPES.computeIfAbsent(
                    event.getClass(),
                    c -> Json.mapper().valueToTree(event).path("type").asString("progress"));
        }
    }

    static final class NodeStopping extends RuntimeException {
        NodeStopping() {
            super("the node is shutting down; the execution resumes on the next pick", null, false, false);
        }
    }
}
