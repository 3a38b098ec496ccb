package dev.consultor.server.consulting;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.consultor.engine.ConsultationStatus;
import java.util.Locale;

enum ExecutionStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    DEGRADED,
    FAILED,
    CANCELLED;

    @JsonValue
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean finished() {
        return this != QUEUED && this != RUNNING;
    }

    static ExecutionStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    static ExecutionStatus of(ConsultationStatus status) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case DEGRADED -> DEGRADED;
            case FAILED -> FAILED;
        };
    }
}
