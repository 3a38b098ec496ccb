package dev.consultor.server.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * Which cached access states a change makes stale. Travels between nodes as one line of text; a
 * message can only make a node forget, never trust more, so a malformed one is simply ignored.
 */
sealed interface AccessEviction {
    /** Profile, role, password or removal: every token of the user. */
    record OfUser(String tenantId, String userId) implements AccessEviction {
        public OfUser {
            Objects.requireNonNull(tenantId);
            Objects.requireNonNull(userId);
        }
    }

    /** A revoked session: every token issued in it. */
    record OfSession(String tenantId, String sessionId) implements AccessEviction {
        public OfSession {
            Objects.requireNonNull(tenantId);
            Objects.requireNonNull(sessionId);
        }
    }

    /** One denied access token. */
    record OfToken(String tenantId, String tokenId) implements AccessEviction {
        public OfToken {
            Objects.requireNonNull(tenantId);
            Objects.requireNonNull(tokenId);
        }
    }

    default boolean matches(TokenClaims claims) {
        return switch (this) {
            case OfUser(String tenant, String user) ->
                claims.tenantId().equals(tenant) && claims.userId().equals(user);
            case OfSession(String tenant, String session) ->
                claims.tenantId().equals(tenant) && claims.sessionId().equals(session);
            case OfToken(String tenant, String token) ->
                claims.tenantId().equals(tenant) && claims.tokenId().equals(token);
        };
    }

    default String encode() {
        return switch (this) {
            case OfUser(String tenant, String user) -> "user " + tenant + " " + user;
            case OfSession(String tenant, String session) -> "session " + tenant + " " + session;
            case OfToken(String tenant, String token) -> "token " + tenant + " " + token;
        };
    }

    static Optional<AccessEviction> decode(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String[] parts = message.split(" ", -1);
        if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "user" -> Optional.of(new OfUser(parts[1], parts[2]));
            case "session" -> Optional.of(new OfSession(parts[1], parts[2]));
            case "token" -> Optional.of(new OfToken(parts[1], parts[2]));
            default -> Optional.empty();
        };
    }
}
