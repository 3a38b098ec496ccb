package dev.consultor.server.identity;

import java.time.Instant;
import java.util.Objects;

/** A user as seen by their organization. */
public record Member(
        String userId, String tenantId, String email, String name, String language, Role role, Instant createdAt) {
    public Member {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(email);
        Objects.requireNonNull(role);
    }
}
