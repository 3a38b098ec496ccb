package dev.consultor.server.identity;

/** What happened to identities; the audit log records these. */
public final class IdentityEvents {
    private IdentityEvents() {}

    public record UserLoggedIn(String tenantId, String userId) {}

    public record LoginFailed(String tenantId, String userId) {}

    public record RefreshTokenReused(String tenantId, String userId, String sessionId) {}

    public record UserLoggedOut(String tenantId, String userId) {}

    public record PasswordChanged(String tenantId, String userId) {}

    public record ProfileUpdated(String tenantId, String userId) {}
}
