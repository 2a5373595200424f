package vn.cchc.read.text;

import java.util.List;

import vn.cchc.read.Row;
import vn.cchc.read.Table;

/**
 * A table rebuilt from flattened lines, with the span of lines it was read from so the caller can keep the lines
 * around it as paragraphs.
 *
 * @param firstLine index of its first line (the header's) in the caller's line list
 * @param endLine   index just past its last line
 * @param rows      a synthesized header row, then the data and section rows
 * @param page      page of its first line, or null
 */
public record RecoveredTable(int firstLine, int endLine, List<Row> rows, Integer page) {
    public RecoveredTable {
        rows = List.copyOf(rows);
    }

    public Table toTable(int index) {
        return new Table(index, rows, page);
    }
}
