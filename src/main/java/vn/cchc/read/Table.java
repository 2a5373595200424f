package vn.cchc.read;

import java.util.List;

/**
 * A table as drawn in the document. No judgement yet on whether it is a statistics table.
 *
 * @param index 0-based index of the table among the document's tables
 */
public record Table(int index, List<Row> rows, Integer page) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }

    public int gridWidth() {
        return rows.stream().mapToInt(Row::gridWidth).max().orElse(0);
    }
}
