package vn.cchc.read.pdf;

import java.util.List;

import vn.cchc.read.Row;

/**
 * A table found on one page, before tables broken by page breaks are joined.
 *
 * @param rows    rows with their page; indexes are renumbered when the document is assembled
 * @param top     y of the table's top edge
 * @param bottom  y of its bottom edge
 * @param columns x of the column boundaries (left edge first); used to tell whether the next page continues it
 * @param ruled   drawn with lines (true) or laid out by alignment only
 * @param continuesRow the first row after any repeated header is the rest of the previous page's last row
 */
record PageTable(List<Row> rows, float top, float bottom, List<Float> columns, boolean ruled, boolean continuesRow) {
    PageTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** Same number of columns at about the same places: the same table drawn on another page. */
    boolean sameColumns(PageTable other, float tolerance) {
        if (columns.size() != other.columns.size()) return false;
        for (int i = 0; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - other.columns.get(i)) > tolerance) return false;
        }
        return true;
    }
}
