package vn.cchc.read;

import java.util.List;

import vn.cchc.vocabulary.Flag;
import vn.cchc.vocabulary.GridRow;

/**
 * One row of a table, with its provenance.
 *
 * @param index        0-based row index inside its table
 * @param cells        cells in grid order
 * @param page         1-based page the row starts on, or null when the format has no pages
 * @param headerRepeat true when the source marks the row as a header repeated on each page (DOCX tblHeader)
 * @param flags        what the reader was unsure of when it rebuilt the row (e.g. from flattened text); usually empty
 */
public record Row(int index, List<Cell> cells, Integer page, boolean headerRepeat, List<Flag> flags) implements GridRow {
    public Row {
        cells = List.copyOf(cells);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public Row(int index, List<Cell> cells, Integer page, boolean headerRepeat) {
        this(index, cells, page, headerRepeat, List.of());
    }

    public Row(int index, List<Cell> cells, Integer page) {
        this(index, cells, page, false);
    }

    /** The cell covering a grid column, or null. */
    public Cell cellAt(int col) {
        for (Cell c : cells) {
            if (c.covers(col)) return c;
        }
        return null;
    }

    public String textAt(int col) {
        Cell c = cellAt(col);
        return c == null ? "" : c.text();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    public int gridWidth() {
        return cells.isEmpty() ? 0 : cells.get(cells.size() - 1).lastCol() + 1;
    }

    public Row withIndex(int newIndex) {
        return new Row(newIndex, cells, page, headerRepeat, flags);
    }
}
