package dev.consultor.server.tenancy;

import dev.consultor.server.identity.Role;
import java.time.Instant;
import java.util.Objects;

record Invitation(
        String id, String tenantId, String email, Role role, String invitedBy, Instant createdAt, Instant expiresAt) {
    Invitation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(email);
        Objects.requireNonNull(role);
    }
}
