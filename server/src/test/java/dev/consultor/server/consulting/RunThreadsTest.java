package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunThreadsTest {
    /** Runs what it is given on one platform thread, counting. */
    private static final class CountingScheduler implements Executor {
        final AtomicInteger ran = new AtomicInteger();
        private final Executor carrier =
                Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());

        @Override
        public void execute(Runnable command) {
            carrier.execute(() -> {
                ran.incrementAndGet();
                command.run();
            });
        }
    }

    @Test
    void executions_threads_are_virtual_and_carried_by_the_scheduler_given() throws Exception {
        var scheduler = new CountingScheduler();
        Thread.Builder.OfVirtual builder = RunThreads.onScheduler(scheduler).orElseThrow();

        var parked = new CountDownLatch(1);
        var seen = new AtomicInteger();
        Thread thread = builder.start(() -> {
            seen.set(Thread.currentThread().isVirtual() ? 1 : -1);
            try {
                parked.await(); // unmounts, and is carried again by the same scheduler when released
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(50);
        parked.countDown();
        assertThat(thread.join(java.time.Duration.ofSeconds(5))).isTrue();

        assertThat(seen.get()).isEqualTo(1);
        assertThat(scheduler.ran.get()).as("mounts on the scheduler").isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_jvm_that_does_not_open_java_lang_runs_them_on_ordinary_virtual_threads() throws Exception {
        var scheduler = new CountingScheduler();
        var refused = RunThreads.onScheduler(scheduler, () -> {
            throw new java.lang.reflect.InaccessibleObjectException("java.lang is not opened");
        });
        assertThat(refused).isEmpty();

        Thread thread = RunThreads.builder(0).start(() -> {});
        assertThat(thread.isVirtual()).isTrue();
        thread.join(5_000);
        assertThat(scheduler.ran.get()).isZero();
    }

    @Test
    void the_carriers_of_a_size_are_shared_by_every_server_in_the_jvm() throws Exception {
        var done = new CountDownLatch(2);
        Thread a = RunThreads.builder(1).start(done::countDown);
        Thread b = RunThreads.builder(1).start(done::countDown);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(a.isVirtual() && b.isVirtual()).isTrue();
        assertThat(RunThreads.carriers(1)).isSameAs(RunThreads.carriers(1));
        assertThat(RunThreads.carriers(2)).isNotSameAs(RunThreads.carriers(1));
    }

    @Test
    void a_node_keeps_a_core_for_its_requests() {
        assertThat(RunThreads.defaultCarriers())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }
}
