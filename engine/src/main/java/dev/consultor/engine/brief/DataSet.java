package dev.consultor.engine.brief;

import java.util.List;
import java.util.Objects;

/**
 * The profile of one attached CSV file, handed to the advisors as facts they can cite.
 *
 * @param periodColumn the column that orders the rows in time (e.g. "mes"), or null
 * @param firstPeriod the value of the period column in the first row, or null
 * @param lastPeriod the value of the period column in the last row, or null
 * @param textColumns names of the non-numeric columns, kept so advisors know what else the file holds
 */
public record DataSet(
        String name,
        int rowCount,
        String periodColumn,
        String firstPeriod,
        String lastPeriod,
        List<ColumnProfile> columns,
        List<String> textColumns) {

    public DataSet {
        Objects.requireNonNull(name, "name");
        if (rowCount < 0) throw new IllegalArgumentException("negative row count");
        columns = List.copyOf(columns);
        textColumns = List.copyOf(textColumns);
    }

    public java.util.Optional<ColumnProfile> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
