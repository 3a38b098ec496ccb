package dev.consultor.llm.fake;

import dev.consultor.llm.provider.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the waits it was asked for and returns at once. */
public final class Waits implements Sleeper {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
        waits.add(duration);
    }

    public List<Duration> all() {
        return List.copyOf(waits);
    }
}
