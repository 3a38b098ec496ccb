package dev.consultor.server.identity;

import java.util.Objects;

/** The caller of an API request, as proven by a verified, unrevoked access token. */
public record AuthenticatedUser(
        String userId, String tenantId, String email, Role role, String sessionId, String tokenId, long expiresAt) {
    public AuthenticatedUser {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(tokenId);
    }
}
