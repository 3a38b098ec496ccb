package dev.consultor.server.audit;

import java.time.Instant;
import java.util.Objects;

record AuditEvent(
        String id,
        Instant occurredAt,
        String action,
        String actorId,
        String subjectId,
        String clientIp,
        String requestId,
        String details) {
    AuditEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(action);
    }
}
