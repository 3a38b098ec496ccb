package dev.consultor.server.consulting;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import org.springframework.context.SmartLifecycle;

/**
 * Executions as db-scheduler one-time jobs: stored in {@code scheduled_tasks}, picked by any node,
 * kept alive by heartbeats and revived elsewhere when a node dies. Started after the web server is
 * up and stopped before the pool closes, so a shutdown leaves unfinished jobs for the next node.
 */
class JobScheduler implements SmartLifecycle {
    private final Scheduler scheduler;
    private final OneTimeTask<String> task;
    private final ExecutionRunner runner;
    private volatile boolean running;

    JobScheduler(Scheduler scheduler, OneTimeTask<String> task, ExecutionRunner runner) {
        this.scheduler = scheduler;
        this.task = task;
        this.runner = runner;
    }

    /** The tenant travels with the job as its data. */
    void submit(String tenantId, String executionId, Instant at) {
        scheduler.schedule(task.instance(executionId, tenantId), at);
    }

    /** Drops a job that has not been picked yet; a running one is stopped by its runner. */
    void withdraw(String executionId) {
        try {
            scheduler.cancel(TaskInstanceId.of(task.getName(), executionId));
        } catch (RuntimeException notScheduledOrAlreadyPicked) {
            // Nothing to withdraw: it finished, or its runner sees the new status and stops.
        }
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        runner.stopping();
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
