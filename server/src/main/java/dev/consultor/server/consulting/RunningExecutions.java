package dev.consultor.server.consulting;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The executions running on this node, and the one watcher that stops those cancelled or deleted
 * through any node: every {@code cancelCheck} it asks, in one query for all of them, which have a
 * stop request, and interrupts their workers. The engine then makes no further model calls.
 */
@Component
class RunningExecutions implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RunningExecutions.class);
    /** A stop only matters while a run may still be going; older requests are removed. */
    static final Duration STOP_KEPT = Duration.ofMinutes(10);

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final Map<String, Thread> running = new ConcurrentHashMap<>();
    private final ExecutionRepository repository;
    private final Clock clock;
    private final ScheduledExecutorService watcher;
    private volatile long nextPurge;

    RunningExecutions(ExecutionRepository repository, Clock clock, ConsultingProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.watcher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("execution-stop-watch").daemon().factory());
        long period = properties.cancelCheck().toMillis();
        watcher.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    /** The calling thread runs the execution until {@link #ended}. */
    void started(String executionId) {
        running.put(executionId, Thread.currentThread());
    }

    /**
     * The run of the calling thread is over: no interrupt meant for it can reach the thread's next
     * task, as the flag is cleared once the run is unregistered.
     */
    void ended(String executionId) {
        running.remove(executionId);
        Thread.interrupted();
    }

    /** Interrupts the run if it is still registered; atomic with {@link #ended}. */
    boolean interrupt(String executionId) {
        boolean[] found = {false};
        running.computeIfPresent(executionId, (id, worker) -> {
            worker.interrupt();
            found[0] = true;
            return worker;
        });
        return found[0];
    }

    void interruptAll() {
        running.keySet().forEach(this::interrupt);
    }

    int count() {
        return running.size();
    }

    /** One query per interval, whatever the number of runs (split in chunks only past a thousand). */
    void check() {
        try {
            long now = clock.millis();
            if (now >= nextPurge) {
                nextPurge = now + PURGE_EVERY.toMillis();
                repository.purgeStops(now - STOP_KEPT.toMillis());
            }
            if (running.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>(running.keySet());
            for (int from = 0; from < ids.size(); from += 1000) {
                for (String stopped : repository.stopped(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                    if (interrupt(stopped)) {
                        log.debug("Stopping execution {}: cancelled or deleted", stopped);
                    }
                }
            }
        } catch (RuntimeException e) {
            // The database may be briefly unreachable: the next check tries again.
            log.warn("Could not check for stopped executions", e);
        }
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }
}
