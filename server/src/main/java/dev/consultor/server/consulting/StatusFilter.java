package dev.consultor.server.consulting;

import dev.consultor.server.consulting.ExecutionExceptions.InvalidExecutionRequest;
import dev.consultor.server.shared.InvalidInput.FieldError;
import java.util.List;

/** The {@code status} query parameter. */
final class StatusFilter {
    private StatusFilter() {}

    static ExecutionStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ExecutionStatus.of(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidExecutionRequest(List.of(new FieldError(
                    "status", "must be one of queued, running, completed, degraded, failed, cancelled")));
        }
    }
}
