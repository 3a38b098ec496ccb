package dev.consultor.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.server.shared.TenantContext;
import dev.consultor.server.tenancy.TenancyBehaviour;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's own wall, tested with the application's filter switched off: raw statements
 * without any tenant_id condition, run through the application's connection pool.
 */
public interface RowLevelSecurityBehaviour extends Stack {
    /**
     * Read before any tenant is known (login directory), shared by all (public keys, migrations, the job
     * queue) or holding ids only (requests to stop an execution's run).
     */
    List<String> NOT_TENANT_OWNED =
            List.of("accounts", "signing_keys", "flyway_schema_history", "scheduled_tasks", "execution_stops");

    @Test
    default void everyTenantTableHasAForcedPolicy() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = TestPostgres.owner();
                ResultSet rs = c.createStatement().executeQuery("""
                        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                               (select count(*) from pg_policies p
                                 where p.schemaname = n.nspname and p.tablename = c.relname) as policies
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and c.relkind = 'r'""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (NOT_TENANT_OWNED.contains(table)) {
                    continue;
                }
                tables.add(table);
                assertThat(rs.getBoolean(2)).as(table + " row security").isTrue();
                assertThat(rs.getBoolean(3)).as(table + " forced").isTrue();
                assertThat(rs.getLong(4)).as(table + " policies").isPositive();
            }
        }
        assertThat(tables)
                .contains(
                        "users",
                        "organizations",
                        "sessions",
                        "refresh_tokens",
                        "invitations",
                        "audit_events",
                        "revoked_access_tokens",
                        "executions",
                        "execution_checkpoints",
                        "execution_events",
                        "execution_messages",
                        "execution_attachments",
                        "execution_history");
    }

    @Test
    default void theApplicationRoleIsNeitherOwnerNorSuperuserNorBypassesSecurity() {
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        var row = jdbc.queryForMap(
                "select current_user as who, rolsuper, rolbypassrls from pg_roles where rolname = current_user");
        assertThat(row.get("who")).isEqualTo("consultor_app");
        assertThat(row.get("rolsuper")).isEqualTo(false);
        assertThat(row.get("rolbypassrls")).isEqualTo(false);
    }

    @Test
    default void unfilteredQueriesSeeOnlyTheTransactionsTenant() {
        Api api = api();
        Account a = api.register();
        TenancyBehaviour.invitedMember(api, a, "member");
        Account b = api.register();
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        TransactionTemplate tx = context().getBean(TransactionTemplate.class);

        for (String table : List.of("users", "sessions", "refresh_tokens", "invitations", "audit_events")) {
            List<String> tenants = TenantContext.callAs(
                    a.tenantId(),
                    () -> tx.execute(s -> jdbc.queryForList("select distinct tenant_id from " + table, String.class)));
            assertThat(tenants).as(table).containsExactly(a.tenantId());
        }
        List<String> orgs = TenantContext.callAs(
                b.tenantId(), () -> tx.execute(s -> jdbc.queryForList("select id from organizations", String.class)));
        assertThat(orgs).containsExactly(b.tenantId());
    }

    @Test
    default void withNoTenantDeclaredNothingIsVisible() {
        api().register();
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        TransactionTemplate tx = context().getBean(TransactionTemplate.class);
        for (String table : List.of("organizations", "users", "sessions", "refresh_tokens", "audit_events")) {
            Long inTransaction = tx.execute(s -> jdbc.queryForObject("select count(*) from " + table, Long.class));
            Long outside = jdbc.queryForObject("select count(*) from " + table, Long.class);
            assertThat(inTransaction).as(table).isZero();
            assertThat(outside).as(table).isZero();
        }
    }

    @Test
    default void writingIntoAnotherTenantIsRefused() {
        Account a = api().register();
        Account b = api().register();
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        TransactionTemplate tx = context().getBean(TransactionTemplate.class);
        assertThatThrownBy(() -> TenantContext.runAs(
                        a.tenantId(),
                        () -> tx.executeWithoutResult(s -> jdbc.update(
                                "insert into audit_events (tenant_id, id, occurred_at, action) values (?, ?, 0, 'forged')",
                                b.tenantId(),
                                UUID.randomUUID().toString()))))
                .rootCause()
                .hasMessageContaining("row-level security");
        Integer changed = TenantContext.callAs(
                a.tenantId(),
                () -> tx.execute(s -> jdbc.update("update users set name = 'hijacked' where id = ?", b.userId())));
        assertThat(changed).isZero();
    }
}
