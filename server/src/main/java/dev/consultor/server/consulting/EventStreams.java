package dev.consultor.server.consulting;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The open progress streams of this node. A stream stays open for as long as its execution runs, and the
 * web server's graceful shutdown waits for open requests: without this, a node being stopped would hang
 * until its shutdown timeout for every watching client. Stopped before the web server, it ends the streams
 * (each after sending what it has), and clients reconnect with Last-Event-ID to a node that is up.
 */
@Component
class EventStreams implements SmartLifecycle {
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean closing;

    boolean closing() {
        return closing;
    }

    void opened() {
        open.incrementAndGet();
    }

    void closed() {
        open.decrementAndGet();
    }

    @Override
    public void start() {
        closing = false;
        running = true;
    }

    @Override
    public void stop() {
        closing = true;
        running = false;
        // Each stream notices within one poll; a bounded wait, so a stuck client cannot hold the node.
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (open.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the job scheduler (which stops first, at the default phase), before the web server's shutdown. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 512;
    }
}
