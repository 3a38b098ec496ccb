package dev.consultor.engine;

import dev.consultor.engine.report.AgentReport;

/**
 * Receives progress events as they happen. Called from several virtual threads at once; implementations must be
 * thread-safe and quick (hand off anything slow).
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = event -> {};

    void on(ProgressEvent event);

    /**
     * An advisor's report is complete, just before its {@link ProgressEvent.AdvisorFinished}. A host that
     * checkpoints reports stores it here and passes it back to {@link ConsultationEngine#run} on a resumed run.
     * Not called for reports that came from checkpoints.
     */
    default void reportReady(String advisor, AgentReport report) {}
}
