package dev.consultor.server.consulting;

/** What users did to executions; the audit log records these. */
public final class ExecutionEvents {
    private ExecutionEvents() {}

    public record ExecutionCreated(String tenantId, String userId, String executionId, String depth) {}

    public record ExecutionCancelled(String tenantId, String userId, String executionId) {}

    public record ExecutionRefined(String tenantId, String userId, String executionId, String messageId) {}

    public record ExecutionDeleted(String tenantId, String userId, String executionId) {}
}
