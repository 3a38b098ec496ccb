package dev.consultor.server.tenancy;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {
    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** New organizations start on the free plan; only billing may change that. */
    void insert(String tenantId, String name, long now) {
        jdbc.sql(
                        "insert into organizations (id, name, plan, billing_status, created_at) values (?, ?, 'free', 'active', ?)")
                .params(tenantId, name, now)
                .update();
    }

    Optional<Organization> find(String tenantId) {
        return jdbc.sql("select id, name, plan, billing_status, created_at from organizations where id = ?")
                .param(tenantId)
                .query((rs, n) -> new Organization(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .optional();
    }
}
