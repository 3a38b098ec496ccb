package dev.consultor.server.identity;

import java.util.Objects;

/**
 * The caller of an API request, as proven by a verified, unrevoked access token. {@code member}
 * comes from the database: read in this request, or at most {@code access-state-ttl} ago and
 * re-read after any committed change to the user, so the role and profile are current.
 */
public record AuthenticatedUser(Member member, String sessionId, String tokenId, long expiresAt) {
    public AuthenticatedUser {
        Objects.requireNonNull(member);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(tokenId);
    }

    public String userId() {
        return member.userId();
    }

    public String tenantId() {
        return member.tenantId();
    }

    public String email() {
        return member.email();
    }

    public Role role() {
        return member.role();
    }
}
