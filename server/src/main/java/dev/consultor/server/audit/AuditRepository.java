package dev.consultor.server.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {
    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tenantId, AuditEvent e) {
        jdbc.sql("""
                        insert into audit_events
                          (tenant_id, id, occurred_at, action, actor_id, subject_id, client_ip, request_id, details)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenantId,
                        e.id(),
                        e.occurredAt().toEpochMilli(),
                        e.action(),
                        e.actorId(),
                        e.subjectId(),
                        e.clientIp(),
                        e.requestId(),
                        e.details())
                .update();
    }

    List<AuditEvent> latest(String tenantId, int limit) {
        return jdbc.sql("select * from audit_events where tenant_id = ? order by occurred_at desc, id limit ?")
                .params(tenantId, limit)
                .query((rs, n) -> new AuditEvent(
                        rs.getString("id"),
                        Instant.ofEpochMilli(rs.getLong("occurred_at")),
                        rs.getString("action"),
                        rs.getString("actor_id"),
                        rs.getString("subject_id"),
                        rs.getString("client_ip"),
                        rs.getString("request_id"),
                        rs.getString("details")))
                .list();
    }
}
