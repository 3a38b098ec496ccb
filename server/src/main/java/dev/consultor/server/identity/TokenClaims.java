package dev.consultor.server.identity;

import java.time.Instant;
import java.util.Objects;

/** What a verified token says; {@code email} is absent from refresh tokens. */
record TokenClaims(
        TokenKind kind,
        String tokenId,
        String userId,
        String tenantId,
        String sessionId,
        String email,
        Instant issuedAt,
        Instant expiresAt) {
    TokenClaims {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(tokenId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(expiresAt);
    }
}
