package dev.consultor.engine;

/**
 * Receives progress events as they happen. Called from several virtual threads at once; implementations must be
 * thread-safe and quick (hand off anything slow).
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = event -> {};

    void on(ProgressEvent event);
}
