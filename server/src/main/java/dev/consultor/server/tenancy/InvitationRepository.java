package dev.consultor.server.tenancy;

import dev.consultor.server.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {
    private static final RowMapper<Invitation> INVITATION = (rs, n) -> new Invitation(
            rs.getString("id"),
            rs.getString("tenant_id"),
            rs.getString("email"),
            Role.of(rs.getString("role")),
            rs.getString("invited_by"),
            Instant.ofEpochMilli(rs.getLong("created_at")),
            Instant.ofEpochMilli(rs.getLong("expires_at")));

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation invitation, String tokenHash) {
        jdbc.sql("""
                        insert into invitations (tenant_id, id, email, role, token_hash, invited_by, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        invitation.tenantId(),
                        invitation.id(),
                        invitation.email(),
                        invitation.role().value(),
                        tokenHash,
                        invitation.invitedBy(),
                        invitation.createdAt().toEpochMilli(),
                        invitation.expiresAt().toEpochMilli())
                .update();
    }

    List<Invitation> pending(String tenantId, long now) {
        return jdbc.sql("""
                        select * from invitations
                        where tenant_id = ? and accepted_at is null and revoked_at is null and expires_at > ?
                        order by created_at""").params(tenantId, now).query(INVITATION).list();
    }

    Optional<Invitation> pendingByToken(String tenantId, String tokenHash, long now) {
        return jdbc.sql("""
                        select * from invitations
                        where tenant_id = ? and token_hash = ? and accepted_at is null and revoked_at is null
                          and expires_at > ?""").params(tenantId, tokenHash, now).query(INVITATION).optional();
    }

    /** Single use: only the first acceptance finds the row still open. */
    boolean markAccepted(String tenantId, String id, long now) {
        return jdbc.sql("update invitations set accepted_at = ? where tenant_id = ? and id = ? and accepted_at is null")
                        .params(now, tenantId, id)
                        .update()
                == 1;
    }

    boolean revoke(String tenantId, String id, long now) {
        return jdbc.sql("""
                                update invitations set revoked_at = ?
                                where tenant_id = ? and id = ? and accepted_at is null and revoked_at is null""").params(now, tenantId, id).update() == 1;
    }
}
