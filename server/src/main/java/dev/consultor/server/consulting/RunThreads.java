package dev.consultor.server.consulting;

import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The virtual threads executions run on: by default on carriers of their own, {@code cores - 1} platform
 * threads, apart from the scheduler that serves requests.
 *
 * <p>Virtual threads share one first-in, first-out scheduler unless told otherwise. Hundreds of running
 * executions then queue a read of {@code GET /api/v1/executions/{id}} behind their own work, on every carrier:
 * 500 at once on two cores put its p99 at 66 ms. On carriers of their own they use at most the cores they are
 * given, and requests keep the rest: 26-30 ms ({@code bench/server/executions.sh}).
 *
 * <p>The JDK has no public way yet to give virtual threads a scheduler. Its builder that takes one (present since
 * JDK 21) is used when the JVM opens {@code java.lang} to the server ({@code --add-opens
 * java.base/java.lang=ALL-UNNAMED}, which {@code ./consultor serve} passes). Without it, or with {@code carriers}
 * set to 0, executions run on ordinary virtual threads, as correct as before but competing with requests; the
 * server says so once at start.
 */
final class RunThreads {
    private static final Logger log = LoggerFactory.getLogger(RunThreads.class);

    /** One carrier pool per size for the whole JVM: servers started and stopped in one process share it. */
    private static final Map<Integer, Executor> CARRIERS = new ConcurrentHashMap<>();

    /** The engine, the workers and the journal each ask for a builder: the JVM's refusal is said once. */
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private RunThreads() {}

    /** The carriers a node gives its executions when the configuration does not say. */
    static int defaultCarriers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /**
     * Virtual threads for executions, on {@code carriers} platform threads of their own; on the default scheduler
     * when {@code carriers} is 0 or the JVM does not allow a scheduler to be given.
     */
    static Thread.Builder.OfVirtual builder(int carriers) {
        if (carriers == 0) {
            return Thread.ofVirtual();
        }
        return onScheduler(carriers(carriers)).orElseGet(Thread::ofVirtual);
    }

    /** The platform threads that carry executions' virtual threads, {@code count} of them, made once per JVM. */
    static Executor carriers(int count) {
        return CARRIERS.computeIfAbsent(
                count,
                n -> Executors.newFixedThreadPool(
                        n,
                        Thread.ofPlatform()
                                .name("execution-carrier-", 0)
                                .daemon()
                                .factory()));
    }

    /** Virtual threads run by {@code scheduler}, if this JVM lets one be given. */
    static Optional<Thread.Builder.OfVirtual> onScheduler(Executor scheduler) {
        return onScheduler(scheduler, RunThreads::schedulingConstructor);
    }

    static Optional<Thread.Builder.OfVirtual> onScheduler(Executor scheduler, ConstructorLookup lookup) {
        try {
            return Optional.of((Thread.Builder.OfVirtual) lookup.find().newInstance(scheduler));
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (WARNED.getAndSet(true)) {
                return Optional.empty();
            }
            log.warn(
                    "Executions run on the virtual threads that also serve requests ({}): start the JVM with"
                            + " --add-opens java.base/java.lang=ALL-UNNAMED to give them carriers of their own",
                    e.toString());
            return Optional.empty();
        }
    }

    private static Constructor<?> schedulingConstructor() throws ReflectiveOperationException {
        Constructor<?> constructor =
                Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder").getDeclaredConstructor(Executor.class);
        constructor.setAccessible(true); // InaccessibleObjectException unless java.lang is opened
        return constructor;
    }

    @FunctionalInterface
    interface ConstructorLookup {
        Constructor<?> find() throws ReflectiveOperationException;
    }
}
