package dev.consultor.server.consulting;

import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;

/** db-scheduler's generic SQL with SQLite's row limit (it knows no FETCH FIRST ... ROWS ONLY). */
class SqliteJdbcCustomization extends DefaultJdbcCustomization {
    SqliteJdbcCustomization() {
        super(true);
    }

    @Override
    public String getName() {
        return "SQLite";
    }

    @Override
    public String getQueryLimitPart(int limit) {
        return " LIMIT " + limit;
    }
}
