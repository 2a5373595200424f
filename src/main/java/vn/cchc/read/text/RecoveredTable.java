package vn.cchc.read.text;

import java.util.List;
import java.util.Map;

import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.ColumnRole;

/**
 * A table rebuilt from flattened lines, with the span of lines it was read from so the caller can keep the lines
 * around it as paragraphs.
 *
 * @param firstLine index of its first line (the header's) in the caller's line list
 * @param endLine   index just past its last line
 * @param rows      the data and section rows, each cell at the column {@link #COLUMNS} gives its role
 * @param page      page of its first line, or null
 */
public record RecoveredTable(int firstLine, int endLine, List<Row> rows, Integer page) {
    /** Where the recovery puts each role: STT, label, unit, value, note, left to right; no header row. */
    public static final ColumnLayout COLUMNS = new ColumnLayout(Map.of(ColumnRole.STT, 0, ColumnRole.LABEL, 1,
            ColumnRole.UNIT, 2, ColumnRole.VALUE, 3, ColumnRole.NOTE, 4), 0);

    public RecoveredTable {
        rows = List.copyOf(rows);
    }

    /** The table for the document, its column roles known. */
    public Table toTable(int index) {
        return new Table(index, rows, page, COLUMNS);
    }
}
