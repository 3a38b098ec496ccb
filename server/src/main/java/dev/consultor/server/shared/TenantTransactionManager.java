package dev.consultor.server.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every PostgreSQL transaction by telling the database whose rows it may see. The setting
 * is transaction-local, so a pooled connection never carries one tenant into another's request;
 * with no tenant bound it is empty and the row-level policies match nothing.
 */
class TenantTransactionManager extends JdbcTransactionManager {
    private final boolean rowLevelSecurity;

    TenantTransactionManager(DataSource dataSource, boolean rowLevelSecurity) {
        super(dataSource);
        this.rowLevelSecurity = rowLevelSecurity;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        if (rowLevelSecurity) {
            try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, TenantContext.current().orElse(""));
                set.execute();
            }
        }
    }
}
