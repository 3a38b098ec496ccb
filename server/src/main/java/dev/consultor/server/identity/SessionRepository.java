package dev.consultor.server.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement that revokes or denies also evicts the cached access state it affects, so no
 * caller can forget to: the eviction happens when the transaction ends.
 */
@Repository
class SessionRepository {
    private final JdbcClient jdbc;
    private final AccessStateCache accessStates;

    SessionRepository(JdbcClient jdbc, AccessStateCache accessStates) {
        this.jdbc = jdbc;
        this.accessStates = accessStates;
    }

    record Session(String id, String userId, long expiresAt, Long revokedAt) {
        boolean activeAt(long now) {
            return revokedAt == null && expiresAt > now;
        }
    }

    /** What a request needs to trust an access token: the user still exists, the session lives. */
    record AccessState(Member member, boolean sessionRevoked, long sessionExpiresAt, boolean denied) {}

    void insertSession(String tenantId, String id, String userId, long now, long expiresAt) {
        jdbc.sql("insert into sessions (tenant_id, id, user_id, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(tenantId, id, userId, now, expiresAt)
                .update();
    }

    void insertRefreshToken(String tenantId, String jti, String sessionId, long now) {
        jdbc.sql("insert into refresh_tokens (tenant_id, jti, session_id, issued_at) values (?, ?, ?, ?)")
                .params(tenantId, jti, sessionId, now)
                .update();
    }

    /** The compare-and-set that lets exactly one of several concurrent refreshes win. */
    boolean claimRefreshToken(String tenantId, String jti, String sessionId, long now) {
        return jdbc.sql("""
                                update refresh_tokens set used_at = ?
                                where tenant_id = ? and jti = ? and session_id = ? and used_at is null""").params(now, tenantId, jti, sessionId).update() == 1;
    }

    boolean refreshTokenExists(String tenantId, String jti, String sessionId) {
        return jdbc.sql("select count(*) from refresh_tokens where tenant_id = ? and jti = ? and session_id = ?")
                        .params(tenantId, jti, sessionId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Session> session(String tenantId, String id) {
        return jdbc.sql("select id, user_id, expires_at, revoked_at from sessions where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query((rs, n) -> {
                    long revokedAt = rs.getLong(4);
                    Long revoked = rs.wasNull() ? null : revokedAt;
                    return new Session(rs.getString(1), rs.getString(2), rs.getLong(3), revoked);
                })
                .optional();
    }

    void revoke(String tenantId, String sessionId, String reason, long now) {
        jdbc.sql("""
                        update sessions set revoked_at = ?, revoked_reason = ?
                        where tenant_id = ? and id = ? and revoked_at is null""").params(now, reason, tenantId, sessionId).update();
        accessStates.evict(new AccessEviction.OfSession(tenantId, sessionId));
    }

    void revokeAllOf(String tenantId, String userId, String reason, long now) {
        jdbc.sql("""
                        update sessions set revoked_at = ?, revoked_reason = ?
                        where tenant_id = ? and user_id = ? and revoked_at is null""").params(now, reason, tenantId, userId).update();
        accessStates.evict(new AccessEviction.OfUser(tenantId, userId));
    }

    void deny(String tenantId, String jti, long expiresAt, long now) {
        jdbc.sql("delete from revoked_access_tokens where tenant_id = ? and expires_at < ?")
                .params(tenantId, now)
                .update();
        jdbc.sql("insert into revoked_access_tokens (tenant_id, jti, expires_at) values (?, ?, ?)")
                .params(tenantId, jti, expiresAt)
                .update();
        accessStates.evict(new AccessEviction.OfToken(tenantId, jti));
    }

    Optional<AccessState> accessState(String tenantId, String userId, String sessionId, String jti) {
        return jdbc.sql("""
                        select u.email, u.role, s.revoked_at, s.expires_at,
                               u.name, u.language, u.created_at,
                               (select count(*) from revoked_access_tokens r
                                 where r.tenant_id = u.tenant_id and r.jti = ?) as denied
                        from users u
                        join sessions s on s.user_id = u.id and s.tenant_id = u.tenant_id
                        where u.tenant_id = ? and u.id = ? and s.id = ?""")
                .params(jti, tenantId, userId, sessionId)
                .query((rs, n) -> new AccessState(
                        new Member(
                                userId,
                                tenantId,
                                rs.getString(1),
                                rs.getString(5),
                                rs.getString(6),
                                Role.of(rs.getString(2)),
                                Instant.ofEpochMilli(rs.getLong(7))),
                        rs.getObject(3) != null,
                        rs.getLong(4),
                        rs.getLong(8) > 0))
                .optional();
    }
}
