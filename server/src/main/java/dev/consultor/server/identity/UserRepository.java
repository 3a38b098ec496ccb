package dev.consultor.server.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on a tenant table names the tenant; row-level security is the second wall. A
 * change to a user evicts their cached access state when the transaction ends.
 */
@Repository
class UserRepository {
    private static final RowMapper<Member> MEMBER = (rs, n) -> new Member(
            rs.getString("id"),
            rs.getString("tenant_id"),
            rs.getString("email"),
            rs.getString("name"),
            rs.getString("language"),
            Role.of(rs.getString("role")),
            Instant.ofEpochMilli(rs.getLong("created_at")));

    private final JdbcClient jdbc;
    private final AccessStateCache accessStates;

    UserRepository(JdbcClient jdbc, AccessStateCache accessStates) {
        this.jdbc = jdbc;
        this.accessStates = accessStates;
    }

    record Directory(String userId, String tenantId) {}

    record Credentials(String email, String passwordHash) {}

    Optional<Directory> directory(String email) {
        return jdbc.sql("select user_id, tenant_id from accounts where email = ?")
                .param(email)
                .query((rs, n) -> new Directory(rs.getString(1), rs.getString(2)))
                .optional();
    }

    void insert(Member member, String passwordHash) {
        jdbc.sql("insert into accounts (email, user_id, tenant_id) values (?, ?, ?)")
                .params(member.email(), member.userId(), member.tenantId())
                .update();
        long now = member.createdAt().toEpochMilli();
        jdbc.sql("""
                        insert into users (tenant_id, id, email, name, language, role, password_hash, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        member.tenantId(),
                        member.userId(),
                        member.email(),
                        member.name(),
                        member.language(),
                        member.role().value(),
                        passwordHash,
                        now,
                        now)
                .update();
    }

    Optional<Credentials> credentials(String tenantId, String userId) {
        return jdbc.sql("select email, password_hash from users where tenant_id = ? and id = ?")
                .params(tenantId, userId)
                .query((rs, n) -> new Credentials(rs.getString(1), rs.getString(2)))
                .optional();
    }

    Optional<Member> find(String tenantId, String userId) {
        return jdbc.sql("select * from users where tenant_id = ? and id = ?")
                .params(tenantId, userId)
                .query(MEMBER)
                .optional();
    }

    List<Member> all(String tenantId) {
        return jdbc.sql("select * from users where tenant_id = ? order by created_at, id")
                .param(tenantId)
                .query(MEMBER)
                .list();
    }

    void updateProfile(String tenantId, String userId, String name, String language, long now) {
        jdbc.sql("update users set name = ?, language = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(name, language, now, tenantId, userId)
                .update();
        accessStates.evict(new AccessEviction.OfUser(tenantId, userId));
    }

    void updatePassword(String tenantId, String userId, String passwordHash, long now) {
        jdbc.sql("update users set password_hash = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(passwordHash, now, tenantId, userId)
                .update();
        accessStates.evict(new AccessEviction.OfUser(tenantId, userId));
    }

    void updateRole(String tenantId, String userId, Role role, long now) {
        jdbc.sql("update users set role = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(role.value(), now, tenantId, userId)
                .update();
        accessStates.evict(new AccessEviction.OfUser(tenantId, userId));
    }

    long count(String tenantId, Role role) {
        return jdbc.sql("select count(*) from users where tenant_id = ? and role = ?")
                .params(tenantId, role.value())
                .query(Long.class)
                .single();
    }

    void delete(String tenantId, String userId) {
        jdbc.sql("delete from accounts where tenant_id = ? and user_id = ?")
                .params(tenantId, userId)
                .update();
        jdbc.sql("delete from users where tenant_id = ? and id = ?")
                .params(tenantId, userId)
                .update();
        accessStates.evict(new AccessEviction.OfUser(tenantId, userId));
    }
}
