package vn.cchc.read;

import java.util.List;
import java.util.Optional;

import vn.cchc.vocabulary.ColumnLayout;

/**
 * A table as drawn in the document. No judgement yet on whether it is a statistics table.
 *
 * @param index   0-based index of the table among the document's tables
 * @param columns the roles of its columns when the reader rebuilt the table itself and so knows them (rows recovered
 *                from flattened text); null when the table stage reads them from the table's header
 */
public record Table(int index, List<Row> rows, Integer page, ColumnLayout columns) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }

    public Table(int index, List<Row> rows, Integer page) {
        this(index, rows, page, null);
    }

    /** The column roles the reader gave the table, if it knows them. */
    public Optional<ColumnLayout> knownColumns() {
        return Optional.ofNullable(columns);
    }

    public int gridWidth() {
        return rows.stream().mapToInt(Row::gridWidth).max().orElse(0);
    }
}
